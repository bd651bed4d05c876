namespace Optimizer.Fitting.Csv;

/// <summary>
/// Column roles of a wide marketing-mix CSV (the layout of Robyn, Meridian and PyMC-Marketing: one row per
/// period, one column per variable). Columns not named here are ignored.
/// </summary>
/// <param name="Date">Date column (ISO 8601 <c>yyyy-MM-dd</c>, or any invariant-culture date).</param>
/// <param name="Outcome">Outcome column (revenue or conversions per period).</param>
/// <param name="Channels">Spend columns, one per channel (currency units per period).</param>
/// <param name="Controls">Control columns (optional).</param>
public sealed record WideCsvColumns(string Date, string Outcome, IReadOnlyList<string> Channels, IReadOnlyList<string>? Controls = null);
