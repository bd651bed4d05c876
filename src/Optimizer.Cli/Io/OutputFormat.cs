namespace Optimizer.Cli.Io;

/// <summary>How a result is printed or written.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned, human-readable columns with totals.</summary>
    Table,

    /// <summary>The response message as proto JSON (for frontiers: a JSON array of points).</summary>
    Json,

    /// <summary>One row per channel (for frontiers: per budget), header first.</summary>
    Csv,
}
