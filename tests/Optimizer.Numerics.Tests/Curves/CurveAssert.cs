using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

/// <summary>
/// Checks shared by the curve tests. Every reference is computed here from the curve's own <c>Value</c> or
/// <c>Marginal</c> by finite differences, or from closed forms written out in the tests, never from the
/// derivative under test.
/// </summary>
internal static class CurveAssert
{
    /// <summary>The spends every curve must survive without overflow or NaN.</summary>
    public static readonly double[] ExtremeSpends = [0, 1e-12, 1, 1e9, 1e12, 1e15];

    /// <summary>Spends from 1e-3·scale to 1e6·scale, four per decade.</summary>
    public static IEnumerable<double> Grid(double scale, double fromFactor = 1e-3, double toFactor = 1e6)
    {
        for (double e = Math.Log10(fromFactor); e <= Math.Log10(toFactor) + 1e-9; e += 0.25)
        {
            yield return scale * Math.Pow(10, e);
        }
    }

    /// <summary>|actual − expected| ≤ rel·|expected|.</summary>
    public static void Close(double expected, double actual, double rel, string what = "")
    {
        Assert.True(
            Math.Abs(actual - expected) <= rel * Math.Abs(expected),
            $"{what} expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2} > {rel:E0})");
    }

    /// <summary>f'(x) against the central difference (f(x + h) − f(x − h))/2h, h = 1e-4·x, to 1e-6 relative.</summary>
    public static void MarginalMatchesFiniteDifference(IResponseCurve curve, double x)
    {
        double h = 1e-4 * x;
        double fd = (curve.Value(x + h) - curve.Value(x - h)) / (2 * h);
        Close(fd, curve.Marginal(x), 1e-6, $"f'({x:R})");
    }

    /// <summary>
    /// f''(x) against the central difference of f', to 1e-6 of max(|f''(x)|, f'(x)/x): f'' changes sign at an
    /// inflection, so its natural scale there is f'/x.
    /// </summary>
    public static void SecondDerivativeMatchesFiniteDifference(IResponseCurve curve, double x)
    {
        double h = 1e-4 * x;
        double fd = (curve.Marginal(x + h) - curve.Marginal(x - h)) / (2 * h);
        double actual = curve.SecondDerivative(x);
        double scale = Math.Max(Math.Abs(actual), curve.Marginal(x) / x);
        Assert.True(Math.Abs(actual - fd) <= 1e-6 * scale, $"f''({x:R}): finite difference {fd:R}, got {actual:R}");
    }

    /// <summary>InverseMarginal(f'(x)) = x to <paramref name="rel"/>, with and without a hint of x.</summary>
    public static void InverseMarginalRoundTrips(IResponseCurve curve, double x, double rel = 1e-9)
    {
        double m = curve.Marginal(x);
        Close(x, curve.InverseMarginal(m), rel, $"InverseMarginal(f'({x:R}) = {m:R})");
    }

    /// <summary>
    /// The hint changes nothing: good (near the answer), bad (far on either side), zero, negative and
    /// non-finite hints all give the un-hinted answer to 1e-9 relative.
    /// </summary>
    public static void HintsGiveSameAnswer(IResponseCurve curve, double x)
    {
        double m = curve.Marginal(x);
        double expected = curve.InverseMarginal(m);
        double[] hints = [x, x * 1.001, x * 0.999, x * 1e6, x * 1e-6, 1e-300, 0, -x, double.NaN, double.PositiveInfinity];
        foreach (double hint in hints)
        {
            Close(expected, curve.InverseMarginal(m, hint), 1e-9, $"InverseMarginal({m:R}, hint {hint:R})");
        }
    }

    /// <summary>
    /// Values finite, ≥ 0 and non-decreasing over <see cref="ExtremeSpends"/>; marginals finite and ≥ 0,
    /// except +∞ at spend 0 when <paramref name="infiniteMarginalAtZero"/>; curvature never NaN.
    /// </summary>
    public static void FiniteAndMonotoneAtExtremeSpends(IResponseCurve curve, bool infiniteMarginalAtZero)
    {
        double previous = 0;
        foreach (double x in ExtremeSpends)
        {
            double value = curve.Value(x);
            Assert.True(double.IsFinite(value) && value >= 0, $"f({x:R}) = {value:R}");
            Assert.True(value >= previous, $"f({x:R}) = {value:R} is below the previous value {previous:R}");
            previous = value;

            double marginal = curve.Marginal(x);
            if (x == 0 && infiniteMarginalAtZero)
            {
                Assert.Equal(double.PositiveInfinity, marginal);
            }
            else
            {
                Assert.True(double.IsFinite(marginal) && marginal >= 0, $"f'({x:R}) = {marginal:R}");
            }

            Assert.False(double.IsNaN(curve.SecondDerivative(x)), $"f''({x:R}) is NaN");
        }
    }

    /// <summary>f'' &gt; 0 just below the inflection and &lt; 0 just above it.</summary>
    public static void SecondDerivativeChangesSignAt(IResponseCurve curve, double inflection)
    {
        Assert.True(curve.SecondDerivative(inflection * 0.999) > 0, $"f'' is not positive below {inflection:R}");
        Assert.True(curve.SecondDerivative(inflection * 1.001) < 0, $"f'' is not negative above {inflection:R}");
    }

    /// <summary>The constructor throws <see cref="CurveArgumentException"/> naming <paramref name="parameter"/>.</summary>
    public static void RejectsParameter(Func<IResponseCurve> create, string parameter)
    {
        var error = Assert.Throws<CurveArgumentException>(() => create());
        Assert.Equal(parameter, error.ParamName);
    }
}
