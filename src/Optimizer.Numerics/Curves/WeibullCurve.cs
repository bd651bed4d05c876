namespace Optimizer.Numerics.Curves;

/// <summary>
/// Weibull-CDF saturation f(x) = β (1 − exp(−(x/λ)^k)): concave for k ≤ 1, an S-curve for k &gt; 1.
/// </summary>
/// <remarks>
/// The Weibull cumulative distribution used as a flexible (gamma-like) S-shaped response; Robyn uses the
/// same CDF for its Weibull adstock (Meta Robyn documentation, "Weibull CDF adstock"). β = maximum
/// response (outcome units), λ = scale spend (currency units; f(λ) = β(1 − 1/e)), k = shape.
/// With t = x/λ: f'(x) = β (k/λ) t^(k−1) e^(−t^k); f''(x) = f'(x)((k − 1) − k t^k)/x; inflection at
/// λ((k − 1)/k)^(1/k) when k &gt; 1.
/// </remarks>
public sealed class WeibullCurve : IResponseCurve
{
    /// <summary>Creates a Weibull-CDF curve.</summary>
    /// <param name="maxResponse">β &gt; 0, outcome units per period.</param>
    /// <param name="scale">λ &gt; 0, currency units per period.</param>
    /// <param name="shape">k &gt; 0.</param>
    /// <exception cref="CurveArgumentException">A parameter is not finite or not positive.</exception>
    public WeibullCurve(double maxResponse, double scale, double shape)
    {
        CurveGuard.Positive(maxResponse, "max_response");
        CurveGuard.Positive(scale, "scale");
        CurveGuard.Positive(shape, "shape");
        MaxResponse = maxResponse;
        Scale = scale;
        ShapeParameter = shape;
        InflectionSpend = shape > 1 ? scale * Math.Pow((shape - 1) / shape, 1 / shape) : 0.0;
    }

    /// <summary>λ, the scale spend.</summary>
    public double Scale { get; }

    /// <summary>k, the Weibull shape.</summary>
    public double ShapeParameter { get; }

    /// <inheritdoc />
    public string Family => "weibull";

    /// <inheritdoc />
    public CurveShape Shape => ShapeParameter > 1 ? CurveShape.Sigmoidal : CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend { get; }

    /// <inheritdoc />
    public double MaxResponse { get; }

    /// <inheritdoc />
    public double Value(double spend) => spend <= 0 ? 0.0 : -MaxResponse * Elementary.ExpM1(-Tk(spend));

    /// <inheritdoc />
    public double Marginal(double spend)
    {
        if (spend <= 0)
        {
            return ShapeParameter < 1 ? double.PositiveInfinity : ShapeParameter == 1 ? MaxResponse / Scale : 0.0;
        }

        // β k t^k e^(−t^k) / x, with t^k e^(−t^k) = exp(ln t^k − t^k) so that a huge t^k gives 0, not ∞·0.
        double lnTk = ShapeParameter * (Math.Log(spend) - Math.Log(Scale));
        return MaxResponse * ShapeParameter * Math.Exp(lnTk - Math.Exp(lnTk)) / spend;
    }

    /// <inheritdoc />
    public double SecondDerivative(double spend)
    {
        if (spend <= 0)
        {
            return ShapeParameter switch
            {
                < 1 => double.NegativeInfinity,
                1 => -MaxResponse / (Scale * Scale),
                < 2 => double.PositiveInfinity,
                2 => 2 * MaxResponse / (Scale * Scale),
                _ => 0.0,
            };
        }

        double marginal = Marginal(spend);
        return marginal == 0 ? 0.0 : marginal * ((ShapeParameter - 1) - (ShapeParameter * Tk(spend))) / spend;
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal)
    {
        if (ShapeParameter == 1)
        {
            return Math.Max(0.0, Scale * (Math.Log(MaxResponse / Scale) - Math.Log(marginal)));
        }

        if (marginal >= Marginal(InflectionSpend))
        {
            return InflectionSpend;
        }

        return MonotoneSolver.InverseMarginal(this, marginal, InflectionSpend, Scale);
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal, double hint)
    {
        if (ShapeParameter == 1 || !(hint > InflectionSpend) || !double.IsFinite(hint) || marginal >= Marginal(InflectionSpend))
        {
            return InverseMarginal(marginal);
        }

        return MonotoneSolver.InverseMarginal(this, marginal, InflectionSpend, hint);
    }

    private double Tk(double spend) => Math.Exp(ShapeParameter * (Math.Log(spend) - Math.Log(Scale)));
}
