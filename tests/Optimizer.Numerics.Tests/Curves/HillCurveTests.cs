using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class HillCurveTests
{
    public static TheoryData<double, double, double> Shapes => new()
    {
        { 10, 2, 0.3 }, { 10, 2, 0.7 }, { 10, 2, 1 }, { 10, 2, 1.5 }, { 1e6, 5e4, 2 }, { 3, 1e-3, 3.5 }, { 2, 7, 5 },
    };

    public static TheoryData<double, double, double> ExtremeParameters => new()
    {
        { 1e-9, 1e-9, 0.05 }, { 1e-9, 1e12, 0.5 }, { 1e12, 1e-9, 1 }, { 1e12, 1e12, 2.5 }, { 1, 1e-6, 20 }, { 1, 1e12, 50 }, { 1e15, 1, 0.999 },
    };

    [Theory]
    [InlineData(10, 2, 0.5)]
    [InlineData(10, 2, 1)]
    [InlineData(1e6, 5e4, 3)]
    public void Value_AtHalfSaturation_IsHalfMaxResponse(double beta, double kappa, double s)
    {
        Assert.Equal(beta / 2, new HillCurve(beta, kappa, s).Value(kappa), 12);
    }

    [Fact]
    public void Value_SlopeTwo_MatchesClosedForm()
    {
        // f(x) = 10 x² / (x² + 4): f(4) = 160/20 = 8; f'(x) = 80x/(x² + 4)² ⇒ f'(4) = 0.8;
        // f''(x) = 80(4 − 3x²)/(x² + 4)³ ⇒ f''(4) = −0.44.
        var curve = new HillCurve(10, 2, 2);

        CurveAssert.Close(8, curve.Value(4), 1e-14);
        CurveAssert.Close(0.8, curve.Marginal(4), 1e-14);
        CurveAssert.Close(-0.44, curve.SecondDerivative(4), 1e-13);
        CurveAssert.Close(4, curve.InverseMarginal(0.8), 1e-12);
    }

    [Fact]
    public void Value_SlopeOne_EqualsMichaelisMenten()
    {
        var hill = new HillCurve(7, 3, 1);
        var mm = new MichaelisMentenCurve(7, 3);

        foreach (double x in CurveAssert.Grid(3))
        {
            CurveAssert.Close(mm.Value(x), hill.Value(x), 1e-13);
            CurveAssert.Close(mm.Marginal(x), hill.Marginal(x), 1e-12);
        }
    }

    [Fact]
    public void Value_Spend0_IsZero()
    {
        Assert.Equal(0.0, new HillCurve(10, 2, 2).Value(0));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double kappa, double s)
    {
        var curve = new HillCurve(beta, kappa, s);
        foreach (double x in CurveAssert.Grid(kappa, 1e-2, 10))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double kappa, double s)
    {
        var curve = new HillCurve(beta, kappa, s);
        foreach (double x in CurveAssert.Grid(kappa, 1e-2, 10))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void InverseMarginal_ConcaveSide_RoundTrips(double beta, double kappa, double s)
    {
        var curve = new HillCurve(beta, kappa, s);
        foreach (double x in CurveAssert.Grid(kappa).Where(x => x > 1.01 * curve.InflectionSpend))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double kappa, double s)
    {
        var curve = new HillCurve(beta, kappa, s);
        foreach (double x in CurveAssert.Grid(kappa, 1e-2, 1e4).Where(x => x > 1.01 * curve.InflectionSpend))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(3.5)]
    public void InverseMarginal_AbovePeakMarginal_ReturnsInflection(double s)
    {
        var curve = new HillCurve(10, 2, s);
        double peak = curve.Marginal(curve.InflectionSpend);

        Assert.Equal(curve.InflectionSpend, curve.InverseMarginal(peak * 2));
        Assert.Equal(curve.InflectionSpend, curve.InverseMarginal(peak * 2, 5.0));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2)]
    [InlineData(3.5)]
    [InlineData(8)]
    public void InflectionSpend_SCurve_MatchesClosedFormAndSignChange(double s)
    {
        var curve = new HillCurve(10, 2, s);
        double expected = 2 * Math.Pow((s - 1) / (s + 1), 1 / s);

        CurveAssert.Close(expected, curve.InflectionSpend, 1e-14);
        CurveAssert.SecondDerivativeChangesSignAt(curve, expected);
    }

    [Fact]
    public void InflectionSpend_SlopeTwo_IsKappaOverRootThree()
    {
        // From f''(x) ∝ 4 − 3x² with κ = 2: x = 2/√3.
        CurveAssert.Close(2 / Math.Sqrt(3), new HillCurve(10, 2, 2).InflectionSpend, 1e-14);
    }

    [Theory]
    [InlineData(0.3, CurveShape.Concave)]
    [InlineData(1.0, CurveShape.Concave)]
    [InlineData(1.0001, CurveShape.Sigmoidal)]
    [InlineData(3.5, CurveShape.Sigmoidal)]
    public void Shape_BySlope_IsClassified(double s, CurveShape expected)
    {
        var curve = new HillCurve(10, 2, s);

        Assert.Equal(expected, curve.Shape);
        Assert.Equal(expected == CurveShape.Concave, curve.InflectionSpend == 0);
    }

    [Fact]
    public void MaxResponse_Always_IsBeta()
    {
        Assert.Equal(10.0, new HillCurve(10, 2, 2).MaxResponse);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double kappa, double s)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new HillCurve(beta, kappa, s), infiniteMarginalAtZero: s < 1);
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new HillCurve(bad, 1, 1), "max_response");
        CurveAssert.RejectsParameter(() => new HillCurve(1, bad, 1), "half_saturation");
        CurveAssert.RejectsParameter(() => new HillCurve(1, 1, bad), "slope");
    }
}
