namespace Optimizer.Numerics.Curves;

/// <summary>
/// Michaelis–Menten response f(x) = β x / (κ + x): concave, saturating at β, half of it at spend κ.
/// </summary>
/// <remarks>
/// Michaelis &amp; Menten (1913), Biochem. Z. 49; PyMC-Marketing's <c>michaelis_menten</c> saturation
/// (β = "alpha", κ = "lam"). It is the Hill curve with slope 1. f'(x) = βκ/(κ + x)²;
/// f''(x) = −2βκ/(κ + x)³; inverse marginal x = sqrt(βκ/m) − κ.
/// </remarks>
public sealed class MichaelisMentenCurve : IResponseCurve
{
    /// <summary>Creates a Michaelis–Menten curve.</summary>
    /// <param name="maxResponse">β &gt; 0, outcome units per period.</param>
    /// <param name="halfSaturation">κ &gt; 0, currency units per period.</param>
    /// <exception cref="CurveArgumentException">A parameter is not finite or not positive.</exception>
    public MichaelisMentenCurve(double maxResponse, double halfSaturation)
    {
        CurveGuard.Positive(maxResponse, "max_response");
        CurveGuard.Positive(halfSaturation, "half_saturation");
        MaxResponse = maxResponse;
        HalfSaturation = halfSaturation;
    }

    /// <summary>κ, the half-saturation spend.</summary>
    public double HalfSaturation { get; }

    /// <inheritdoc />
    public string Family => "michaelis_menten";

    /// <inheritdoc />
    public CurveShape Shape => CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend => 0.0;

    /// <inheritdoc />
    public double MaxResponse { get; }

    /// <inheritdoc />
    public double Value(double spend) => spend <= 0 ? 0.0 : MaxResponse / (1 + (HalfSaturation / spend));

    /// <inheritdoc />
    public double Marginal(double spend)
    {
        double d = HalfSaturation + Math.Max(spend, 0);
        return MaxResponse * HalfSaturation / d / d;
    }

    /// <inheritdoc />
    public double SecondDerivative(double spend) => -2 * Marginal(spend) / (HalfSaturation + Math.Max(spend, 0));

    /// <inheritdoc />
    public double InverseMarginal(double marginal) =>
        Math.Max(0.0, Math.Sqrt(MaxResponse * HalfSaturation / marginal) - HalfSaturation);

    /// <inheritdoc />
    /// <remarks>x = √(βκ/m) − κ gives dx/dm = −(x + κ)/(2m) where x &gt; 0.</remarks>
    public double InverseMarginal(double marginal, double hint, out double slope)
    {
        double x = InverseMarginal(marginal);
        slope = x > 0 && double.IsFinite(x) ? -(x + HalfSaturation) / (2 * marginal) : 0.0;
        return x;
    }
}
