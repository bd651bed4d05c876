namespace Optimizer.Cli.Jobs;

/// <summary>Column roles given as command-line options; each one set replaces the spec's.</summary>
/// <param name="Date">--date.</param>
/// <param name="Outcome">--outcome.</param>
/// <param name="Channels">--channel (repeatable).</param>
/// <param name="Controls">--control (repeatable).</param>
internal sealed record ColumnOverrides(string? Date, string? Outcome, IReadOnlyList<string> Channels, IReadOnlyList<string> Controls);
