namespace Optimizer.Numerics.Curves;

/// <summary>
/// Logarithmic response f(x) = β ln(1 + x/a): concave and unbounded.
/// </summary>
/// <remarks>
/// The semi-log response model (Hanssens, Parsons &amp; Schultz, Market Response Models, 2nd ed., 2001,
/// §3.2), shifted so that f(0) = 0. β = response per unit of log-spend (outcome units), a = offset spend
/// (currency units). f'(x) = β/(a + x); f''(x) = −β/(a + x)²; inverse marginal x = β/m − a.
/// </remarks>
public sealed class LogarithmicCurve : IResponseCurve
{
    /// <summary>Creates a logarithmic curve.</summary>
    /// <param name="coefficient">β &gt; 0, outcome units per period.</param>
    /// <param name="offset">a &gt; 0, currency units per period.</param>
    /// <exception cref="CurveArgumentException">A parameter is not finite or not positive.</exception>
    public LogarithmicCurve(double coefficient, double offset)
    {
        CurveGuard.Positive(coefficient, "coefficient");
        CurveGuard.Positive(offset, "offset");
        Coefficient = coefficient;
        Offset = offset;
    }

    /// <summary>β, response per unit of ln(1 + x/a).</summary>
    public double Coefficient { get; }

    /// <summary>a, the offset spend.</summary>
    public double Offset { get; }

    /// <inheritdoc />
    public string Family => "logarithmic";

    /// <inheritdoc />
    public CurveShape Shape => CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend => 0.0;

    /// <inheritdoc />
    public double MaxResponse => double.PositiveInfinity;

    /// <inheritdoc />
    public double Value(double spend) => spend <= 0 ? 0.0 : Coefficient * Elementary.Log1P(spend / Offset);

    /// <inheritdoc />
    public double Marginal(double spend) => Coefficient / (Offset + Math.Max(spend, 0));

    /// <inheritdoc />
    public double SecondDerivative(double spend)
    {
        double d = Offset + Math.Max(spend, 0);
        return -Coefficient / (d * d);
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal) => Math.Max(0.0, (Coefficient / marginal) - Offset);

    /// <inheritdoc />
    /// <remarks>x = β/m − a gives dx/dm = −β/m² = −(x + a)/m where x &gt; 0.</remarks>
    public double InverseMarginal(double marginal, double hint, out double slope)
    {
        double x = InverseMarginal(marginal);
        slope = x > 0 && double.IsFinite(x) ? -(x + Offset) / marginal : 0.0;
        return x;
    }
}
