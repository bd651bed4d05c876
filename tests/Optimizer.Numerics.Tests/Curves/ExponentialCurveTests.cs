using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class ExponentialCurveTests
{
    public static TheoryData<double, double> Parameters => new() { { 10, 2 }, { 1e6, 5e4 }, { 3, 1e-3 } };

    public static TheoryData<double, double> ExtremeParameters => new() { { 1e-9, 1e-9 }, { 1e-9, 1e12 }, { 1e12, 1e-9 }, { 1e15, 1e15 } };

    [Fact]
    public void Value_AtScale_IsBetaTimesOneMinusInverseE()
    {
        // f(a) = β(1 − 1/e), f'(a) = (β/a)/e, f''(a) = −(β/a²)/e with β = 10, a = 2.
        var curve = new ExponentialCurve(10, 2);

        CurveAssert.Close(10 * (1 - (1 / Math.E)), curve.Value(2), 1e-14);
        CurveAssert.Close(5 / Math.E, curve.Marginal(2), 1e-14);
        CurveAssert.Close(-2.5 / Math.E, curve.SecondDerivative(2), 1e-14);
        CurveAssert.Close(2, curve.InverseMarginal(5 / Math.E), 1e-14);
    }

    [Fact]
    public void Value_TinySpend_KeepsFullRelativePrecision()
    {
        // f(x) = β x/a (1 − x/(2a) + …): at x = 1e-10·a the relative correction is 5e-11.
        var curve = new ExponentialCurve(10, 2);

        CurveAssert.Close(10 * 1e-10 * (1 - 5e-11), curve.Value(2e-10), 1e-14);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double a)
    {
        var curve = new ExponentialCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-2, 10))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double a)
    {
        var curve = new ExponentialCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-2, 10))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_WhereMarginalIsRepresentable_RoundTrips(double beta, double a)
    {
        // f'(x) = (β/a)e^(−x/a) underflows beyond about 700a, so the grid stops at 500a.
        var curve = new ExponentialCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-3, 500))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double a)
    {
        var curve = new ExponentialCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-2, 100))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Fact]
    public void InverseMarginal_AboveMarginalAtZero_ReturnsZero()
    {
        Assert.Equal(0.0, new ExponentialCurve(10, 2).InverseMarginal(6));
    }

    [Fact]
    public void ShapeAndInflection_Always_ConcaveAtZero()
    {
        var curve = new ExponentialCurve(10, 2);

        Assert.Equal(CurveShape.Concave, curve.Shape);
        Assert.Equal(0.0, curve.InflectionSpend);
        Assert.Equal(10.0, curve.MaxResponse);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double a)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new ExponentialCurve(beta, a), infiniteMarginalAtZero: false);
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new ExponentialCurve(bad, 1), "max_response");
        CurveAssert.RejectsParameter(() => new ExponentialCurve(1, bad), "scale");
    }
}
