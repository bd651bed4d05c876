using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class LogarithmicCurveTests
{
    public static TheoryData<double, double> Parameters => new() { { 3, 2 }, { 1e6, 5e4 }, { 0.5, 1e-3 } };

    public static TheoryData<double, double> ExtremeParameters => new() { { 1e-9, 1e-9 }, { 1e-9, 1e12 }, { 1e12, 1e-9 }, { 1e15, 1e15 } };

    [Fact]
    public void Value_AtThreeOffsets_IsBetaLnFour()
    {
        // f(x) = 3 ln(1 + x/2): f(6) = 3 ln 4, f'(6) = 3/8, f''(6) = −3/64.
        var curve = new LogarithmicCurve(3, 2);

        CurveAssert.Close(3 * Math.Log(4), curve.Value(6), 1e-14);
        CurveAssert.Close(3.0 / 8, curve.Marginal(6), 1e-14);
        CurveAssert.Close(-3.0 / 64, curve.SecondDerivative(6), 1e-14);
        CurveAssert.Close(6, curve.InverseMarginal(3.0 / 8), 1e-14);
    }

    [Fact]
    public void Value_TinySpend_KeepsFullRelativePrecision()
    {
        // ln(1 + u) = u − u²/2 + …: at u = 1e-10 the correction is 5e-11.
        CurveAssert.Close(3 * 1e-10 * (1 - 5e-11), new LogarithmicCurve(3, 2).Value(2e-10), 1e-14);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double a)
    {
        var curve = new LogarithmicCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-2, 1e3))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double a)
    {
        var curve = new LogarithmicCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-2, 1e3))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_AllSpends_RoundTrips(double beta, double a)
    {
        var curve = new LogarithmicCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double a)
    {
        var curve = new LogarithmicCurve(beta, a);
        foreach (double x in CurveAssert.Grid(a, 1e-2, 1e4))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Fact]
    public void InverseMarginal_AboveMarginalAtZero_ReturnsZero()
    {
        Assert.Equal(0.0, new LogarithmicCurve(3, 2).InverseMarginal(2));
    }

    [Fact]
    public void ShapeAndInflection_Always_ConcaveUnbounded()
    {
        var curve = new LogarithmicCurve(3, 2);

        Assert.Equal(CurveShape.Concave, curve.Shape);
        Assert.Equal(0.0, curve.InflectionSpend);
        Assert.Equal(double.PositiveInfinity, curve.MaxResponse);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double a)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new LogarithmicCurve(beta, a), infiniteMarginalAtZero: false);
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new LogarithmicCurve(bad, 1), "coefficient");
        CurveAssert.RejectsParameter(() => new LogarithmicCurve(1, bad), "offset");
    }
}
