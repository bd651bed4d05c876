namespace Optimizer.Service.Hosting;

/// <summary>
/// Graceful shutdown. On SIGTERM the host stops accepting connections and calls, lets the calls in flight finish,
/// then exits; <see cref="HostOptions.ShutdownTimeout"/> bounds that wait. It is read from
/// <c>Optimizer:Shutdown:Timeout</c> (default 20 s; env <c>Optimizer__Shutdown__Timeout</c>) and must stay below
/// the pod's terminationGracePeriodSeconds minus its preStop delay (deploy/k8s: 30 s − 5 s).
/// </summary>
internal static class ShutdownHostingExtensions
{
    /// <summary>Configuration key of the shutdown timeout (a TimeSpan, e.g. "00:00:20").</summary>
    public const string TimeoutKey = "Optimizer:Shutdown:Timeout";

    /// <summary>Default time given to calls in flight after SIGTERM.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Longest accepted timeout. The host cancels the drain with a timer, which takes at most about 49 days (above
    /// it the host crashes at SIGTERM instead of stopping); a drain longer than a day is a mistyped value (a bare
    /// "5" is 5 days).
    /// </summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    /// <summary>Sets <see cref="HostOptions.ShutdownTimeout"/> from configuration.</summary>
    public static WebApplicationBuilder AddOptimizerShutdown(this WebApplicationBuilder builder)
    {
        var timeout = builder.Configuration.GetValue(TimeoutKey, DefaultTimeout);
        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
        {
            throw new InvalidSettingException($"{TimeoutKey} must be positive and at most {MaxTimeout} (got {timeout}).");
        }

        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = timeout);
        return builder;
    }
}
