using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class MichaelisMentenCurveTests
{
    public static TheoryData<double, double> Parameters => new() { { 10, 3 }, { 1e6, 5e4 }, { 0.5, 1e-3 } };

    public static TheoryData<double, double> ExtremeParameters => new() { { 1e-9, 1e-9 }, { 1e-9, 1e12 }, { 1e12, 1e-9 }, { 1e15, 1e15 } };

    [Fact]
    public void Value_ClosedForm_Matches()
    {
        // f(x) = 10x/(3 + x): f(3) = 5, f(6) = 20/3, f'(6) = 30/81, f''(6) = −60/729.
        var curve = new MichaelisMentenCurve(10, 3);

        CurveAssert.Close(5, curve.Value(3), 1e-14);
        CurveAssert.Close(20.0 / 3, curve.Value(6), 1e-14);
        CurveAssert.Close(30.0 / 81, curve.Marginal(6), 1e-14);
        CurveAssert.Close(-60.0 / 729, curve.SecondDerivative(6), 1e-14);
        CurveAssert.Close(6, curve.InverseMarginal(30.0 / 81), 1e-13);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Value_Everywhere_EqualsHillWithSlopeOne(double beta, double kappa)
    {
        var mm = new MichaelisMentenCurve(beta, kappa);
        var hill = new HillCurve(beta, kappa, 1);
        foreach (double x in CurveAssert.Grid(kappa))
        {
            CurveAssert.Close(hill.Value(x), mm.Value(x), 1e-13);
            CurveAssert.Close(hill.Marginal(x), mm.Marginal(x), 1e-12);
            CurveAssert.Close(hill.SecondDerivative(x), mm.SecondDerivative(x), 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double kappa)
    {
        var curve = new MichaelisMentenCurve(beta, kappa);
        foreach (double x in CurveAssert.Grid(kappa, 1e-2, 100))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double kappa)
    {
        var curve = new MichaelisMentenCurve(beta, kappa);
        foreach (double x in CurveAssert.Grid(kappa, 1e-2, 100))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_AllSpends_RoundTrips(double beta, double kappa)
    {
        var curve = new MichaelisMentenCurve(beta, kappa);
        foreach (double x in CurveAssert.Grid(kappa))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double kappa)
    {
        var curve = new MichaelisMentenCurve(beta, kappa);
        foreach (double x in CurveAssert.Grid(kappa, 1e-2, 1e4))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Fact]
    public void InverseMarginal_AboveMarginalAtZero_ReturnsZero()
    {
        Assert.Equal(0.0, new MichaelisMentenCurve(10, 3).InverseMarginal(4));
    }

    [Fact]
    public void ShapeAndInflection_Always_ConcaveSaturating()
    {
        var curve = new MichaelisMentenCurve(10, 3);

        Assert.Equal(CurveShape.Concave, curve.Shape);
        Assert.Equal(0.0, curve.InflectionSpend);
        Assert.Equal(10.0, curve.MaxResponse);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double kappa)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new MichaelisMentenCurve(beta, kappa), infiniteMarginalAtZero: false);
    }

    [Fact]
    public void Value_SpendBeyondProductOverflow_StaysAtMaxResponse()
    {
        // IResponseCurve promises no overflow "for every spend in [0, 1e12] (and beyond)". β·x = 1e309
        // overflows although f(x) = β/(1 + κ/x) ≈ β.
        var curve = new MichaelisMentenCurve(1e9, 1);

        CurveAssert.Close(1e9, curve.Value(1e300), 1e-15);
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new MichaelisMentenCurve(bad, 1), "max_response");
        CurveAssert.RejectsParameter(() => new MichaelisMentenCurve(1, bad), "half_saturation");
    }
}
