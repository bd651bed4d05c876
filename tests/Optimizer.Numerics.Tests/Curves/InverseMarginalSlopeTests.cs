using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

/// <summary>
/// dx/dm returned with the inverse marginal, checked against a central difference of the inverse itself and against
/// the inverse function rule dx/dm = 1/f''(x) (f'' from its closed form).
/// </summary>
public class InverseMarginalSlopeTests
{
    public static TheoryData<string, double> Cases() => new()
    {
        { "hill s=0.6", 0.05 }, { "hill s=0.6", 2.0 }, { "hill s=1", 0.3 }, { "hill s=2.5", 0.02 }, { "hill s=2.5", 0.4 },
        { "exponential", 0.1 }, { "logarithmic", 0.05 }, { "power", 0.2 }, { "michaelis_menten", 0.3 },
        { "logistic", 0.1 }, { "weibull", 0.05 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void InverseMarginal_Slope_MatchesCentralDifferenceAndInverseFunctionRule(string family, double marginal)
    {
        var curve = Curve(family);

        double x = curve.InverseMarginal(marginal, 0.0, out double slope);

        Assert.True(x > curve.InflectionSpend && double.IsFinite(x), $"interior answer expected, got {x}");
        const double h = 1e-6;
        double difference = (curve.InverseMarginal(marginal * (1 + h)) - curve.InverseMarginal(marginal * (1 - h))) / (2 * h * marginal);
        Assert.True(Math.Abs((slope / difference) - 1) <= 1e-5, $"slope {slope:R} vs central difference {difference:R}");
        Assert.True(Math.Abs((slope * curve.SecondDerivative(x)) - 1) <= 1e-9, $"slope {slope:R} vs 1/f'' {1 / curve.SecondDerivative(x):R}");
        Assert.Equal(x, curve.InverseMarginal(marginal, 0.0));
    }

    [Fact]
    public void InverseMarginal_AtPeakOrCorner_SlopeIsZero()
    {
        var sCurve = new HillCurve(1000, 100, 3);
        var concave = new ExponentialCurve(1000, 100);

        double atPeak = sCurve.InverseMarginal(1e6, 0.0, out double peakSlope);
        double atZero = concave.InverseMarginal(1e6, 0.0, out double zeroSlope);

        Assert.Equal(sCurve.InflectionSpend, atPeak);
        Assert.Equal(0.0, peakSlope);
        Assert.Equal(0.0, atZero);
        Assert.Equal(0.0, zeroSlope);
    }

    private static IResponseCurve Curve(string family) => family switch
    {
        "hill s=0.6" => new HillCurve(1000, 100, 0.6),
        "hill s=1" => new HillCurve(1000, 100, 1.0),
        "hill s=2.5" => new HillCurve(1000, 100, 2.5),
        "exponential" => new ExponentialCurve(1000, 100),
        "logarithmic" => new LogarithmicCurve(200, 100),
        "power" => new PowerCurve(30, 0.5),
        "michaelis_menten" => new MichaelisMentenCurve(1000, 100),
        "logistic" => new LogisticCurve(1000, 0.02, 200),
        _ => new WeibullCurve(1000, 150, 2.0),
    };
}
