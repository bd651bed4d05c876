namespace Optimizer.Numerics.Curves;

/// <summary>
/// A channel's response curve f: spend per planning period (currency units, x ≥ 0) → expected
/// incremental response per period (outcome units: revenue or conversions), with f(0) = 0 and
/// f non-decreasing.
/// </summary>
/// <remarks>
/// Every implementation is defined and finite for every spend in [0, 1e12] (and beyond): values never
/// overflow to Infinity or NaN. <see cref="Marginal"/> may be +∞ only at spend 0 for curves whose slope is
/// unbounded there (power with exponent &lt; 1, Hill with slope &lt; 1).
/// </remarks>
public interface IResponseCurve
{
    /// <summary>Family name as used in the API (for example "hill", "exponential").</summary>
    string Family { get; }

    /// <summary>Curvature class, which decides which solver can use the curve.</summary>
    CurveShape Shape { get; }

    /// <summary>
    /// Spend at which the curve turns from convex to concave: 0 for <see cref="CurveShape.Concave"/> curves.
    /// For <see cref="CurveShape.General"/> curves, the spend beyond which the curve is concave.
    /// </summary>
    double InflectionSpend { get; }

    /// <summary>Supremum of the response as spend grows without bound (+∞ for unbounded curves).</summary>
    double MaxResponse { get; }

    /// <summary>f(x): response at <paramref name="spend"/> (outcome units per period).</summary>
    /// <param name="spend">Spend x ≥ 0, currency units per period.</param>
    double Value(double spend);

    /// <summary>f'(x): marginal response per currency unit at <paramref name="spend"/> (right derivative at kinks).</summary>
    /// <param name="spend">Spend x ≥ 0, currency units per period.</param>
    double Marginal(double spend);

    /// <summary>f''(x): curvature at <paramref name="spend"/>; 0 on linear pieces.</summary>
    /// <param name="spend">Spend x ≥ 0, currency units per period.</param>
    double SecondDerivative(double spend);

    /// <summary>
    /// Inverse marginal on the concave part: the spend x ≥ <see cref="InflectionSpend"/> with f'(x) = <paramref name="marginal"/>.
    /// Returns <see cref="InflectionSpend"/> when the marginal is at or above the curve's peak marginal there, and
    /// +∞ when the marginal is at or below the curve's limiting marginal (0 for saturating curves).
    /// </summary>
    /// <param name="marginal">Target marginal response per currency unit, &gt; 0.</param>
    double InverseMarginal(double marginal);

    /// <summary>
    /// <see cref="InverseMarginal(double)"/> started from a nearby solution, for repeated solves with slowly
    /// changing marginals. Same result; families without a closed form converge in fewer steps.
    /// </summary>
    /// <param name="marginal">Target marginal response per currency unit, &gt; 0.</param>
    /// <param name="hint">A spend near the answer (for example the previous answer); ignored when not positive.</param>
    double InverseMarginal(double marginal, double hint) => InverseMarginal(marginal);

    /// <summary>
    /// <see cref="InverseMarginal(double, double)"/> together with its derivative dx/dm = 1/f''(x) at the returned
    /// spend (inverse function rule), in currency units per (outcome unit per currency unit); ≤ 0. It is 0 where
    /// the answer does not move with the marginal: at the inflection spend (marginal at or above the peak), at +∞,
    /// and where f'' is not negative and finite. Families with a closed form return it without evaluating f''.
    /// </summary>
    /// <param name="marginal">Target marginal response per currency unit, &gt; 0.</param>
    /// <param name="hint">A spend near the answer, or 0.</param>
    /// <param name="slope">dx/dm at the returned spend.</param>
    /// <returns>The spend x, as <see cref="InverseMarginal(double, double)"/>.</returns>
    double InverseMarginal(double marginal, double hint, out double slope)
    {
        double x = InverseMarginal(marginal, hint);
        double curvature = x > InflectionSpend && double.IsFinite(x) ? SecondDerivative(x) : 0.0;
        slope = curvature < 0 && double.IsFinite(curvature) ? 1 / curvature : 0.0;
        return x;
    }
}
