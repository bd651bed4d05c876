using Microsoft.Extensions.Options;

namespace Optimizer.Service.Hosting;

/// <summary>
/// Turns a bad setting at start into one line on standard error and exit code 78 (EX_CONFIG, BSD sysexits.h)
/// instead of the runtime's unhandled-exception report (a stack trace and SIGABRT, exit 134). Bad settings are the
/// limits' validation rules (<see cref="OptionsValidationException"/>), the host's own checks
/// (<see cref="InvalidSettingException"/>) and values the configuration binder cannot convert ("Failed to convert
/// configuration value 'abc' at 'Optimizer:Limits:MaxChannels' to type 'System.Int32'"). Any other exception keeps
/// the runtime's full report.
/// </summary>
internal static class StartupErrors
{
    /// <summary>Exit code of a configuration error (EX_CONFIG).</summary>
    public const int ConfigurationExitCode = 78;

    /// <summary>Hooks the process's unhandled-exception event (call first thing in Program).</summary>
    public static void ExitCleanlyOnBadSettings() => AppDomain.CurrentDomain.UnhandledException += (_, e) =>
    {
        if (e.ExceptionObject is Exception exception && Describe(exception) is { } message)
        {
            Console.Error.WriteLine($"optimizer: invalid setting: {message}");
            Environment.Exit(ConfigurationExitCode);
        }
    };

    /// <summary>The message of a bad-setting exception (every failure of an aggregate), or null for any other exception.</summary>
    /// <param name="exception">The exception that ended start-up.</param>
    internal static string? Describe(Exception exception) => exception switch
    {
        AggregateException aggregate when aggregate.InnerExceptions.All(i => Describe(i) is not null) =>
            string.Join("; ", aggregate.InnerExceptions.Select(i => Describe(i))),
        OptionsValidationException validation => string.Join("; ", validation.Failures),
        InvalidSettingException setting => setting.Message,
        InvalidOperationException binder when binder.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => binder.Message,
        _ => null,
    };
}
