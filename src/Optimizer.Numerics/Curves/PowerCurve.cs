namespace Optimizer.Numerics.Curves;

/// <summary>
/// Power response f(x) = β x^p with 0 &lt; p ≤ 1: concave and unbounded (linear when p = 1).
/// </summary>
/// <remarks>
/// The constant-elasticity (multiplicative) response model; p is the spend elasticity of response
/// (Hanssens, Parsons &amp; Schultz, Market Response Models, 2nd ed., 2001, §3.2). β in outcome units per
/// currency^p. f'(x) = βp x^(p−1); f''(x) = βp(p−1)x^(p−2); inverse marginal x = (m/(βp))^(1/(p−1)).
/// Computed through logarithms so that x up to 1e12 never overflows.
/// </remarks>
public sealed class PowerCurve : IResponseCurve
{
    /// <summary>Creates a power curve.</summary>
    /// <param name="coefficient">β &gt; 0.</param>
    /// <param name="exponent">p, 0 &lt; p ≤ 1.</param>
    /// <exception cref="CurveArgumentException">β is not positive, or p is outside (0, 1].</exception>
    public PowerCurve(double coefficient, double exponent)
    {
        CurveGuard.Positive(coefficient, "coefficient");
        CurveGuard.Positive(exponent, "exponent");
        if (exponent > 1)
        {
            throw new CurveArgumentException("exponent", FormattableString.Invariant($"exponent must be in (0, 1]: a power curve with exponent {exponent} > 1 is convex (increasing returns without bound)."));
        }

        Coefficient = coefficient;
        Exponent = exponent;
    }

    /// <summary>β, the response at one currency unit.</summary>
    public double Coefficient { get; }

    /// <summary>p, the spend elasticity.</summary>
    public double Exponent { get; }

    /// <inheritdoc />
    public string Family => "power";

    /// <inheritdoc />
    public CurveShape Shape => CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend => 0.0;

    /// <inheritdoc />
    public double MaxResponse => double.PositiveInfinity;

    /// <inheritdoc />
    public double Value(double spend) => spend <= 0 ? 0.0 : Coefficient * Math.Exp(Exponent * Math.Log(spend));

    /// <inheritdoc />
    public double Marginal(double spend)
    {
        if (Exponent == 1)
        {
            return Coefficient;
        }

        return spend <= 0 ? double.PositiveInfinity : Coefficient * Exponent * Math.Exp((Exponent - 1) * Math.Log(spend));
    }

    /// <inheritdoc />
    public double SecondDerivative(double spend)
    {
        if (Exponent == 1)
        {
            return 0.0;
        }

        return spend <= 0 ? double.NegativeInfinity : Marginal(spend) * (Exponent - 1) / spend;
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal)
    {
        if (Exponent == 1)
        {
            return marginal >= Coefficient ? 0.0 : double.PositiveInfinity;
        }

        return Math.Exp((Math.Log(marginal) - Math.Log(Coefficient * Exponent)) / (Exponent - 1));
    }

    /// <inheritdoc />
    /// <remarks>x = (m/(βp))^(1/(p−1)) gives dx/dm = x/((p − 1)m) for p &lt; 1 (0 for the linear case p = 1).</remarks>
    public double InverseMarginal(double marginal, double hint, out double slope)
    {
        double x = InverseMarginal(marginal);
        double dxdm = Exponent < 1 && x > 0 && double.IsFinite(x) ? x / ((Exponent - 1) * marginal) : 0.0;
        slope = double.IsFinite(dxdm) ? dxdm : 0.0;
        return x;
    }
}
