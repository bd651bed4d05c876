namespace Optimizer.Cli.Jobs;

/// <summary>Column roles of the wide CSV (one row per period). Columns not named are ignored.</summary>
internal sealed class ColumnsSpec
{
    /// <summary>Date column (ISO dates, one per period).</summary>
    public string? Date { get; init; }

    /// <summary>Outcome column (revenue or conversions per period).</summary>
    public string? Outcome { get; init; }

    /// <summary>Spend columns, one per channel (currency units per period); the channel takes the column's name.</summary>
    public List<string> Channels { get; init; } = [];

    /// <summary>Control columns (any unit).</summary>
    public List<string> Controls { get; init; } = [];
}
