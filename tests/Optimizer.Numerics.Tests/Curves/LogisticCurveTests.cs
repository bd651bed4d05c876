using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class LogisticCurveTests
{
    public static TheoryData<double, double, double> Parameters => new()
    {
        { 4, 0.5, 0 }, { 4, 0.5, 6 }, { 1e6, 1e-4, 2e4 }, { 3, 1e3, 1e-3 }, { 10, 2, 0.1 },
    };

    public static TheoryData<double, double, double> ExtremeParameters => new()
    {
        { 1e-9, 1e-12, 0 }, { 1e-9, 1e-12, 1e12 }, { 1e12, 1e9, 0 }, { 1e12, 1e3, 1e-6 }, { 1, 1e-15, 1e15 }, { 1, 1e6, 1e9 },
    };

    [Theory]
    [InlineData(4, 0.5)]
    [InlineData(1e6, 1e-4)]
    [InlineData(3, 1e3)]
    public void Value_MidpointZero_EqualsBetaTanhHalfKx(double beta, double k)
    {
        var curve = new LogisticCurve(beta, k, 0);
        foreach (double x in CurveAssert.Grid(1 / k, 1e-3, 30))
        {
            CurveAssert.Close(beta * Math.Tanh(k * x / 2), curve.Value(x), 1e-12, $"f({x:R})");

            // d/dx β tanh(kx/2) = (βk/2)(1 − tanh²(kx/2)).
            double t = Math.Tanh(k * x / 2);
            CurveAssert.Close(beta * k / 2 * (1 - (t * t)), curve.Marginal(x), 1e-9, $"f'({x:R})");
        }
    }

    [Fact]
    public void Value_AtMidpoint_MatchesNormalisedClosedForm()
    {
        // β = 4, k = 0.5, x0 = 6: σ(−3) = 1/(1 + e³); f(x0) = β(½ − σ(−3))/(1 − σ(−3)); f'(x0) = βk/(4(1 − σ(−3))).
        var curve = new LogisticCurve(4, 0.5, 6);
        double s0 = 1 / (1 + Math.Exp(3));

        CurveAssert.Close(4 * (0.5 - s0) / (1 - s0), curve.Value(6), 1e-14);
        CurveAssert.Close(4 * 0.5 / (4 * (1 - s0)), curve.Marginal(6), 1e-14);
        Assert.Equal(4.0, curve.MaxResponse);
        CurveAssert.Close(4, curve.Value(1e6), 1e-15);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double k, double x0)
    {
        var curve = new LogisticCurve(beta, k, x0);
        foreach (double x in ModerateSpends(k, x0))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double k, double x0)
    {
        var curve = new LogisticCurve(beta, k, x0);
        foreach (double x in ModerateSpends(k, x0))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_ConcaveSide_RoundTrips(double beta, double k, double x0)
    {
        // f'(x) ∝ e^(−k(x − x0)) underflows beyond about 700/k past the midpoint.
        var curve = new LogisticCurve(beta, k, x0);
        foreach (double x in CurveAssert.Grid(1 / k, 1e-3, 500).Select(d => x0 + d))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double k, double x0)
    {
        var curve = new LogisticCurve(beta, k, x0);
        foreach (double x in CurveAssert.Grid(1 / k, 1e-2, 100).Select(d => x0 + d))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Fact]
    public void InverseMarginal_AbovePeakMarginal_ReturnsMidpoint()
    {
        var curve = new LogisticCurve(4, 0.5, 6);

        Assert.Equal(6.0, curve.InverseMarginal(curve.Marginal(6) * 1.5));
    }

    [Theory]
    [InlineData(0.5, 6)]
    [InlineData(1e-4, 2e4)]
    [InlineData(2, 0.1)]
    public void InflectionSpend_PositiveMidpoint_IsMidpointAndSignChange(double k, double x0)
    {
        var curve = new LogisticCurve(4, k, x0);

        Assert.Equal(x0, curve.InflectionSpend);
        CurveAssert.SecondDerivativeChangesSignAt(curve, x0);
    }

    [Theory]
    [InlineData(0.0, CurveShape.Concave)]
    [InlineData(1e-9, CurveShape.Sigmoidal)]
    [InlineData(6.0, CurveShape.Sigmoidal)]
    public void Shape_ByMidpoint_IsClassified(double x0, CurveShape expected)
    {
        Assert.Equal(expected, new LogisticCurve(4, 0.5, x0).Shape);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double k, double x0)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new LogisticCurve(beta, k, x0), infiniteMarginalAtZero: false);
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidPositiveParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new LogisticCurve(bad, 1, 1), "max_response");
        CurveAssert.RejectsParameter(() => new LogisticCurve(1, bad, 1), "steepness");
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.Negative), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidMidpoint_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new LogisticCurve(1, 1, bad), "midpoint");
    }

    private static IEnumerable<double> ModerateSpends(double k, double x0) =>
        CurveAssert.Grid(1 / k, 1e-2, 10).Concat(CurveAssert.Grid(1 / k, 1e-2, 10).Select(d => x0 + d));
}
