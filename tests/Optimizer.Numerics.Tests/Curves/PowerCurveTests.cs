using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class PowerCurveTests
{
    public static TheoryData<double, double> Concave => new() { { 2, 0.5 }, { 1e3, 0.1 }, { 1e-3, 0.9 } };

    public static TheoryData<double, double> ExtremeParameters => new()
    {
        { 1e-9, 1e-3 }, { 1e-9, 0.5 }, { 1e12, 0.999 }, { 1e12, 1 }, { 1e-12, 1 },
    };

    [Fact]
    public void Value_SquareRoot_MatchesClosedForm()
    {
        // f(x) = 2√x: f(9) = 6, f'(9) = 1/3, f''(9) = −(1/2)·9^(−3/2) = −1/54.
        var curve = new PowerCurve(2, 0.5);

        CurveAssert.Close(6, curve.Value(9), 1e-14);
        CurveAssert.Close(1.0 / 3, curve.Marginal(9), 1e-14);
        CurveAssert.Close(-1.0 / 54, curve.SecondDerivative(9), 1e-14);
        CurveAssert.Close(9, curve.InverseMarginal(1.0 / 3), 1e-13);
    }

    [Fact]
    public void Value_ExponentOne_IsLinear()
    {
        var curve = new PowerCurve(2.5, 1);

        Assert.Equal(25.0, curve.Value(10), 12);
        Assert.Equal(2.5, curve.Marginal(0));
        Assert.Equal(2.5, curve.Marginal(1e12));
        Assert.Equal(0.0, curve.SecondDerivative(3));
    }

    [Fact]
    public void InverseMarginal_ExponentOne_ZeroOrInfinity()
    {
        var curve = new PowerCurve(2.5, 1);

        Assert.Equal(0.0, curve.InverseMarginal(3));
        Assert.Equal(0.0, curve.InverseMarginal(2.5));
        Assert.Equal(double.PositiveInfinity, curve.InverseMarginal(2));
    }

    [Theory]
    [MemberData(nameof(Concave))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double p)
    {
        var curve = new PowerCurve(beta, p);
        foreach (double x in CurveAssert.Grid(1, 1e-3, 1e6))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Concave))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double p)
    {
        var curve = new PowerCurve(beta, p);
        foreach (double x in CurveAssert.Grid(1, 1e-3, 1e6))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Concave))]
    public void InverseMarginal_AllSpends_RoundTrips(double beta, double p)
    {
        var curve = new PowerCurve(beta, p);
        foreach (double x in CurveAssert.Grid(1))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Concave))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double p)
    {
        var curve = new PowerCurve(beta, p);
        foreach (double x in CurveAssert.Grid(1, 1e-2, 1e4))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Fact]
    public void ShapeAndInflection_Always_ConcaveUnbounded()
    {
        var curve = new PowerCurve(2, 0.5);

        Assert.Equal(CurveShape.Concave, curve.Shape);
        Assert.Equal(0.0, curve.InflectionSpend);
        Assert.Equal(double.PositiveInfinity, curve.MaxResponse);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double p)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new PowerCurve(beta, p), infiniteMarginalAtZero: p < 1);
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new PowerCurve(bad, 0.5), "coefficient");
        CurveAssert.RejectsParameter(() => new PowerCurve(1, bad), "exponent");
    }

    [Theory]
    [InlineData(1.0000001)]
    [InlineData(2)]
    public void Constructor_ExponentAboveOne_ThrowsNamingExponent(double p)
    {
        CurveAssert.RejectsParameter(() => new PowerCurve(1, p), "exponent");
    }
}
