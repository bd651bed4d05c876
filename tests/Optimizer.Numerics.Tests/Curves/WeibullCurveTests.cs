using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class WeibullCurveTests
{
    public static TheoryData<double, double, double> Shapes => new()
    {
        { 10, 2, 0.3 }, { 10, 2, 0.7 }, { 10, 2, 1 }, { 10, 2, 1.5 }, { 1e6, 5e4, 2 }, { 3, 1e-3, 3.5 }, { 2, 7, 5 },
    };

    public static TheoryData<double, double, double> ExtremeParameters => new()
    {
        { 1e-9, 1e-9, 0.05 }, { 1e-9, 1e12, 0.5 }, { 1e12, 1e-9, 1 }, { 1e12, 1e12, 2.5 }, { 1, 1e-6, 20 }, { 1, 1e12, 50 }, { 1e15, 1, 0.999 },
    };

    [Fact]
    public void Value_ShapeTwo_MatchesClosedForm()
    {
        // f(x) = 10(1 − e^(−(x/2)²)): f(2) = 10(1 − 1/e), f(4) = 10(1 − e^−4); f'(x) = 10·(x/2)·e^(−(x/2)²) ⇒ f'(4) = 20e^−4;
        // f''(x) = 5(1 − x²/2)e^(−(x/2)²) ⇒ f''(4) = −35e^−4.
        var curve = new WeibullCurve(10, 2, 2);

        CurveAssert.Close(10 * (1 - (1 / Math.E)), curve.Value(2), 1e-14);
        CurveAssert.Close(10 * (1 - Math.Exp(-4)), curve.Value(4), 1e-14);
        CurveAssert.Close(20 * Math.Exp(-4), curve.Marginal(4), 1e-14);
        CurveAssert.Close(-35 * Math.Exp(-4), curve.SecondDerivative(4), 1e-13);
        CurveAssert.Close(4, curve.InverseMarginal(20 * Math.Exp(-4)), 1e-12);
    }

    [Theory]
    [InlineData(10, 2)]
    [InlineData(1e6, 5e4)]
    public void Value_ShapeOne_EqualsExponential(double beta, double lambda)
    {
        var weibull = new WeibullCurve(beta, lambda, 1);
        var exponential = new ExponentialCurve(beta, lambda);
        foreach (double x in CurveAssert.Grid(lambda, 1e-3, 500))
        {
            CurveAssert.Close(exponential.Value(x), weibull.Value(x), 1e-12);
            CurveAssert.Close(exponential.Marginal(x), weibull.Marginal(x), 1e-11);
            CurveAssert.Close(exponential.InverseMarginal(exponential.Marginal(x)), weibull.InverseMarginal(weibull.Marginal(x)), 1e-11);
        }

        Assert.Equal(exponential.Marginal(0), weibull.Marginal(0), 14);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Marginal_ModerateSpends_MatchesFiniteDifference(double beta, double lambda, double k)
    {
        // Up to (x/λ)^k = 2: further out f' ≪ f, and the central difference of f loses the digits.
        var curve = new WeibullCurve(beta, lambda, k);
        foreach (double x in CurveAssert.Grid(lambda, 1e-2, Math.Pow(2, 1 / k)))
        {
            CurveAssert.MarginalMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void SecondDerivative_ModerateSpends_MatchesFiniteDifference(double beta, double lambda, double k)
    {
        // Up to (x/λ)^k = 2: further out f' ≪ f, and the central difference of f loses the digits.
        var curve = new WeibullCurve(beta, lambda, k);
        foreach (double x in CurveAssert.Grid(lambda, 1e-2, Math.Pow(2, 1 / k)))
        {
            CurveAssert.SecondDerivativeMatchesFiniteDifference(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void InverseMarginal_WhereMarginalIsRepresentable_RoundTrips(double beta, double lambda, double k)
    {
        // f'(x) ∝ e^(−(x/λ)^k) underflows once (x/λ)^k passes about 700; the grid stops where (x/λ)^k ≤ 500.
        var curve = new WeibullCurve(beta, lambda, k);
        double last = lambda * Math.Pow(500, 1 / k);
        foreach (double x in CurveAssert.Grid(lambda).Where(x => x > 1.01 * curve.InflectionSpend && x <= last))
        {
            CurveAssert.InverseMarginalRoundTrips(curve, x);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void InverseMarginal_AnyHint_GivesSameAnswer(double beta, double lambda, double k)
    {
        var curve = new WeibullCurve(beta, lambda, k);
        double last = lambda * Math.Pow(100, 1 / k);
        foreach (double x in CurveAssert.Grid(lambda, 1e-2, 1e4).Where(x => x > 1.01 * curve.InflectionSpend && x <= last))
        {
            CurveAssert.HintsGiveSameAnswer(curve, x);
        }
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2)]
    [InlineData(3.5)]
    [InlineData(8)]
    public void InflectionSpend_SCurve_MatchesClosedFormAndSignChange(double k)
    {
        var curve = new WeibullCurve(10, 2, k);
        double expected = 2 * Math.Pow((k - 1) / k, 1 / k);

        CurveAssert.Close(expected, curve.InflectionSpend, 1e-14);
        CurveAssert.SecondDerivativeChangesSignAt(curve, expected);
    }

    [Fact]
    public void InflectionSpend_ShapeTwo_IsLambdaOverRootTwo()
    {
        // From f''(x) ∝ 1 − x²/2 with λ = 2: x = √2.
        CurveAssert.Close(Math.Sqrt(2), new WeibullCurve(10, 2, 2).InflectionSpend, 1e-14);
    }

    [Theory]
    [InlineData(0.3, CurveShape.Concave)]
    [InlineData(1.0, CurveShape.Concave)]
    [InlineData(1.0001, CurveShape.Sigmoidal)]
    [InlineData(3.5, CurveShape.Sigmoidal)]
    public void Shape_ByShapeParameter_IsClassified(double k, CurveShape expected)
    {
        var curve = new WeibullCurve(10, 2, k);

        Assert.Equal(expected, curve.Shape);
        Assert.Equal(expected == CurveShape.Concave, curve.InflectionSpend == 0);
    }

    [Theory]
    [MemberData(nameof(ExtremeParameters))]
    public void Value_ExtremeSpendsAndParameters_FiniteAndMonotone(double beta, double lambda, double k)
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new WeibullCurve(beta, lambda, k), infiniteMarginalAtZero: k < 1);
    }

    [Fact]
    public void Marginal_SpendFarBeyondScaleWithLargeShape_IsZeroNotNaN()
    {
        // (x/λ)^k = (1e18)^20 overflows to +∞, and β k (x/λ)^k e^(−(x/λ)^k)/x becomes ∞·0 = NaN.
        // The true value is below the smallest double: 0.
        var curve = new WeibullCurve(1, 1e-6, 20);

        Assert.Equal(0.0, curve.Marginal(1e12));
        Assert.Equal(0.0, curve.SecondDerivative(1e12));
    }

    [Theory]
    [MemberData(nameof(InvalidParameters.NotPositive), MemberType = typeof(InvalidParameters))]
    public void Constructor_InvalidParameter_ThrowsNamingIt(double bad)
    {
        CurveAssert.RejectsParameter(() => new WeibullCurve(bad, 1, 1), "max_response");
        CurveAssert.RejectsParameter(() => new WeibullCurve(1, bad, 1), "scale");
        CurveAssert.RejectsParameter(() => new WeibullCurve(1, 1, bad), "shape");
    }
}
