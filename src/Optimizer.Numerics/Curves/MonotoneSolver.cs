namespace Optimizer.Numerics.Curves;

/// <summary>
/// Safeguarded Newton iteration for the inverse marginal of a smooth curve whose marginal f' is strictly
/// decreasing on [a, ∞). It solves g(u) = ln f'(e^u) − ln m = 0 in u = ln x, where g is close to linear for
/// the saturating families (for Hill, g'(u) = 2s/(1 + 1/r) − s − 1 is bounded), and keeps a bracket so that
/// every step is either a Newton step inside it or a bisection (Press et al., Numerical Recipes, 3rd ed.,
/// §9.4, "rtsafe"). Converges to |Δu| ≤ 1e-14, i.e. x to about 1e-14 relative.
/// </summary>
internal static class MonotoneSolver
{
    private const int MaxIterations = 200;
    private const double StepTolerance = 1e-14;
    private const double MaxStep = 16.0;

    /// <summary>Solves f'(x) = m for x ≥ start, where f'(start) &gt; m.</summary>
    /// <param name="curve">The curve.</param>
    /// <param name="m">Target marginal, &gt; 0.</param>
    /// <param name="start">Left end of the decreasing region (the inflection), ≥ 0.</param>
    /// <param name="guess">Starting spend, &gt; 0 (a typical spend or a previous answer).</param>
    /// <returns>The spend, or +∞ when f' stays above m up to e^700.</returns>
    public static double InverseMarginal(IResponseCurve curve, double m, double start, double guess)
    {
        double lnM = Math.Log(m);
        double lo = start > 0 ? Math.Log(start) : double.NegativeInfinity;
        double hi = double.PositiveInfinity;
        double u = Math.Log(Math.Max(guess, start > 0 ? start : double.Epsilon));
        if (u <= lo)
        {
            u = lo + 1e-3;
        }

        for (int i = 0; i < MaxIterations; i++)
        {
            double x = Math.Exp(u);
            double fp = curve.Marginal(x);
            double g = Math.Log(fp) - lnM;
            if (g == 0)
            {
                return x;
            }

            if (g > 0)
            {
                lo = u;
            }
            else
            {
                hi = u;
            }

            double dg = x * curve.SecondDerivative(x) / fp;
            double step = dg < 0 && double.IsFinite(dg) && double.IsFinite(g) ? -g / dg : (g > 0 ? MaxStep : -MaxStep);
            step = Math.Clamp(step, -MaxStep, MaxStep);
            double next = u + step;
            if (!(next > lo && next < hi))
            {
                next = double.IsFinite(lo) && double.IsFinite(hi) ? 0.5 * (lo + hi) : (g > 0 ? u + MaxStep : u - MaxStep);
            }

            if (Math.Abs(next - u) <= StepTolerance * Math.Max(1.0, Math.Abs(u)))
            {
                return Math.Exp(next);
            }

            if (next > 700)
            {
                return double.PositiveInfinity;
            }

            if (next < -745)
            {
                return start;
            }

            u = next;
        }

        return Math.Exp(u);
    }
}
