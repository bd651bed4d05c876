namespace Optimizer.Fitting.MarketingMix;

/// <summary>One column of a wide time-series table: a channel's spend or a control, one value per period.</summary>
/// <param name="Name">Column name (unique within its table), used in results and error messages.</param>
/// <param name="Values">One value per period, in date order; shape (n,).</param>
public sealed record NamedSeries(string Name, IReadOnlyList<double> Values);
