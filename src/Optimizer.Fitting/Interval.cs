namespace Optimizer.Fitting;

/// <summary>A two-sided interval [Lower, Upper] at confidence <paramref name="Level"/> (0.9 or 0.95).</summary>
/// <param name="Lower">Lower end, in the unit of the quantity it bounds.</param>
/// <param name="Upper">Upper end, ≥ Lower.</param>
/// <param name="Level">Nominal coverage in (0, 1), e.g. 0.95.</param>
public sealed record Interval(double Lower, double Upper, double Level)
{
    /// <summary>True when <paramref name="value"/> lies in [Lower, Upper].</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
