namespace Optimizer.Numerics.Tests.Curves;

/// <summary>Values that no positive, finite curve parameter accepts.</summary>
public static class InvalidParameters
{
    /// <summary>NaN, ±∞, 0 and a negative number.</summary>
    public static TheoryData<double> NotPositive => new() { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -1.0 };

    /// <summary>NaN, ±∞ and negative numbers (for parameters where 0 is allowed).</summary>
    public static TheoryData<double> Negative => new() { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1e-12, -1.0 };
}
