using System.Diagnostics;
using System.Globalization;

namespace Optimizer.Cli.Console;

/// <summary>
/// Progress lines on standard error ("[  12.3s] message"), shown only on a terminal and without --quiet, so that
/// scheduled runs and pipes get machine-readable output only.
/// </summary>
/// <param name="error">Standard error.</param>
/// <param name="enabled">Whether progress is shown.</param>
internal sealed class ProgressReporter(TextWriter error, bool enabled) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();

    /// <summary>Whether progress is shown.</summary>
    public bool Enabled { get; } = enabled;

    /// <inheritdoc />
    public void Report(string value)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_lock)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,7:0.0}s] {value}"));
            error.Flush();
        }
    }
}
