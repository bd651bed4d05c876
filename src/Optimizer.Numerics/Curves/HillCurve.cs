namespace Optimizer.Numerics.Curves;

/// <summary>
/// Hill saturation curve f(x) = β / (1 + (κ/x)^s), equivalently β·x^s / (x^s + κ^s).
/// </summary>
/// <remarks>
/// Hill (1910), J. Physiol. 40; as used for media saturation in Jin et al. (2017), "Bayesian Methods for
/// Media Mix Modeling with Carryover and Shape Effects", Google, eq. (3), and PyMC-Marketing's
/// <c>hill_function</c>. Parameters: β = maximum response (outcome units), κ = half-saturation spend
/// (EC50: f(κ) = β/2, currency units), s = slope (shape; dimensionless). Concave for s ≤ 1; an S-curve for
/// s &gt; 1 with inflection at κ((s−1)/(s+1))^(1/s). Written with r = (κ/x)^s so that no power of x
/// overflows for x up to 1e12 and beyond.
/// Derivatives: f'(x) = β s / (x (1 + r)(1 + 1/r)); f''(x) = f'(x)·(2s/(1 + 1/r) − s − 1)/x.
/// </remarks>
public sealed class HillCurve : IResponseCurve
{
    /// <summary>Creates a Hill curve.</summary>
    /// <param name="maxResponse">β &gt; 0, outcome units per period.</param>
    /// <param name="halfSaturation">κ &gt; 0, currency units per period.</param>
    /// <param name="slope">s &gt; 0.</param>
    /// <exception cref="CurveArgumentException">A parameter is not finite or not positive.</exception>
    public HillCurve(double maxResponse, double halfSaturation, double slope)
    {
        CurveGuard.Positive(maxResponse, "max_response");
        CurveGuard.Positive(halfSaturation, "half_saturation");
        CurveGuard.Positive(slope, "slope");
        MaxResponse = maxResponse;
        HalfSaturation = halfSaturation;
        Slope = slope;
        InflectionSpend = slope > 1 ? halfSaturation * Math.Pow((slope - 1) / (slope + 1), 1 / slope) : 0.0;
    }

    /// <summary>κ, the half-saturation spend (EC50).</summary>
    public double HalfSaturation { get; }

    /// <summary>s, the Hill slope.</summary>
    public double Slope { get; }

    /// <inheritdoc />
    public string Family => "hill";

    /// <inheritdoc />
    public CurveShape Shape => Slope > 1 ? CurveShape.Sigmoidal : CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend { get; }

    /// <inheritdoc />
    public double MaxResponse { get; }

    /// <inheritdoc />
    public double Value(double spend) => spend <= 0 ? 0.0 : MaxResponse / (1 + R(spend));

    /// <inheritdoc />
    public double Marginal(double spend)
    {
        if (spend <= 0)
        {
            return Slope < 1 ? double.PositiveInfinity : Slope == 1 ? MaxResponse / HalfSaturation : 0.0;
        }

        double r = R(spend);
        return MaxResponse * Slope / (spend * (1 + r) * (1 + 1 / r));
    }

    /// <inheritdoc />
    public double SecondDerivative(double spend)
    {
        if (spend <= 0)
        {
            // Near 0, f(x) ≈ β (x/κ)^s, so f''(x) ≈ β s (s − 1) x^(s−2) / κ^s.
            return Slope switch
            {
                < 1 => double.NegativeInfinity,
                1 => -2 * MaxResponse / (HalfSaturation * HalfSaturation),
                < 2 => double.PositiveInfinity,
                2 => 2 * MaxResponse / (HalfSaturation * HalfSaturation),
                _ => 0.0,
            };
        }

        double r = R(spend);
        return Marginal(spend) * ((2 * Slope / (1 + 1 / r)) - Slope - 1) / spend;
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal)
    {
        if (Slope == 1)
        {
            // f'(x) = βκ/(κ + x)² ⇒ x = sqrt(βκ/m) − κ.
            return Math.Max(0.0, Math.Sqrt(MaxResponse * HalfSaturation / marginal) - HalfSaturation);
        }

        if (marginal >= Marginal(InflectionSpend))
        {
            return InflectionSpend;
        }

        return MonotoneSolver.InverseMarginal(this, marginal, InflectionSpend, HalfSaturation);
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal, double hint)
    {
        if (Slope == 1 || !(hint > InflectionSpend) || !double.IsFinite(hint) || marginal >= Marginal(InflectionSpend))
        {
            return InverseMarginal(marginal);
        }

        return MonotoneSolver.InverseMarginal(this, marginal, InflectionSpend, hint);
    }

    private double R(double spend) => Math.Exp(Slope * (Math.Log(HalfSaturation) - Math.Log(spend)));
}
