using Microsoft.Extensions.Options;

namespace Optimizer.Service.Hosting;

/// <summary>Registers <see cref="ServiceLimits"/> from configuration and checks them at start.</summary>
internal static class LimitsHostingExtensions
{
    /// <summary>Binds <see cref="ServiceLimits"/> to <c>Optimizer:Limits</c>, validated when the host starts.</summary>
    public static WebApplicationBuilder AddOptimizerLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServiceLimits>()
            .Bind(builder.Configuration.GetSection(ServiceLimits.SectionName))
            .Validate(l => l.MaxChannels >= 1, "Optimizer:Limits:MaxChannels must be >= 1.")
            .Validate(l => l.MaxMessageBytes >= 1024, "Optimizer:Limits:MaxMessageBytes must be >= 1024.")
            .Validate(l => l.MaxFrontierPoints >= 2, "Optimizer:Limits:MaxFrontierPoints must be >= 2.")
            .Validate(l => l.DefaultTimeLimit > TimeSpan.Zero && l.MaxTimeLimit > TimeSpan.Zero, "Optimizer:Limits time limits must be positive.")
            .Validate(l => l.DefaultTimeLimit <= l.MaxTimeLimit, "Optimizer:Limits:DefaultTimeLimit must be <= Optimizer:Limits:MaxTimeLimit.")
            .Validate(l => l.DeadlineSafetyMargin >= TimeSpan.Zero && l.DeadlineSafetyMargin <= TimeSpan.FromMinutes(1), "Optimizer:Limits:DeadlineSafetyMargin must be between 0 and 1 min.")
            .Validate(l => l.MaxConcurrentSolves >= 1, "Optimizer:Limits:MaxConcurrentSolves must be >= 1.")
            .Validate(l => l.MaxQueuedSolves >= 0, "Optimizer:Limits:MaxQueuedSolves must be >= 0.")
            .Validate(l => l.MaxPendingWorkItems >= 0, "Optimizer:Limits:MaxPendingWorkItems must be >= 0 (0: off).")
            .Validate(l => l.CpuBacklogInterval >= TimeSpan.Zero && l.CpuBacklogInterval <= TimeSpan.FromSeconds(1), "Optimizer:Limits:CpuBacklogInterval must be between 0 and 1 s.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<ServiceLimits>>().Value);
        return builder;
    }
}
