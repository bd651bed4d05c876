namespace Optimizer.Numerics.Curves;

/// <summary>
/// Safeguarded Newton iteration for the inverse marginal of a smooth curve whose marginal f' is strictly
/// decreasing on [a, ∞). Works in u = ln x, where ln f'(e^u) is close to linear for the saturating
/// families, and keeps a bracket so that each step either is a Newton step inside it or a bisection
/// (Moré &amp; Thuente-style safeguarding; see Press et al., Numerical Recipes, 3rd ed., §9.4 "rtsafe").
/// </summary>
internal static class MonotoneSolver
{
    private const int MaxIterations = 200;

    /// <summary>Relative tolerance on x (on u = ln x it is absolute): 4 ulps of a double.</summary>
    private const double RelativeTolerance = 1e-15;

    /// <summary>Solves f'(x) = m for x ≥ start, where f'(start) &gt; m &gt; lim f'.</summary>
    /// <param name="curve">The curve.</param>
    /// <param name="m">Target marginal.</param>
    /// <param name="start">Left end of the decreasing region (inflection), ≥ 0.</param>
    /// <param name="scale">A typical spend (e.g. half-saturation) used to seed the bracket.</param>
    public static double InverseMarginal(IResponseCurve curve, double m, double start, double scale)
    {
        double lnM = Math.Log(m);
        double lo = start > 0 ? Math.Log(start) : Math.Log(scale) - 1.0;
        // Expand the lower end until f'(x) > m (only needed when start = 0 and f'(0) is unbounded).
        while (start <= 0 && Math.Log(curve.Marginal(Math.Exp(lo))) <= lnM)
        {
            lo -= 8.0;
            if (lo < -745)
            {
                return 0.0;
            }
        }

        double hi = Math.Max(lo, Math.Log(scale)) + 1.0;
        while (Math.Log(curve.Marginal(Math.Exp(hi))) > lnM)
        {
            hi += 2.0 + (hi - lo);
            if (hi > 700)
            {
                return double.PositiveInfinity;
            }
        }

        double u = 0.5 * (lo + hi);
        for (int i = 0; i < MaxIterations; i++)
        {
            double x = Math.Exp(u);
            double fp = curve.Marginal(x);
            double g = Math.Log(fp) - lnM;
            if (g > 0)
            {
                lo = u;
            }
            else
            {
                hi = u;
            }

            double dg = x * curve.SecondDerivative(x) / fp;
            double next = dg < 0 && double.IsFinite(dg) ? u - g / dg : double.NaN;
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (Math.Abs(next - u) <= RelativeTolerance * Math.Max(1.0, Math.Abs(u)) || hi - lo <= RelativeTolerance)
            {
                return Math.Exp(next);
            }

            u = next;
        }

        return Math.Exp(u);
    }
}
