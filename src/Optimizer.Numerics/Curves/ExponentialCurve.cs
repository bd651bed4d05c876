namespace Optimizer.Numerics.Curves;

/// <summary>
/// Exponential saturation f(x) = β (1 − e^(−x/a)): concave, saturating at β.
/// </summary>
/// <remarks>
/// The "negative exponential" response curve of the advertising literature (Hanssens, Parsons &amp;
/// Schultz, Market Response Models, 2nd ed., 2001, §3.2; Meta Robyn's and LightweightMMM's
/// exponential saturation). β = maximum response (outcome units), a = scale spend (currency units):
/// f(a) = β(1 − 1/e). f'(x) = (β/a) e^(−x/a); f''(x) = −f'(x)/a; inverse marginal x = a ln(β/(a m)).
/// </remarks>
public sealed class ExponentialCurve : IResponseCurve
{
    /// <summary>Creates an exponential-saturation curve.</summary>
    /// <param name="maxResponse">β &gt; 0, outcome units per period.</param>
    /// <param name="scale">a &gt; 0, currency units per period.</param>
    /// <exception cref="CurveArgumentException">A parameter is not finite or not positive.</exception>
    public ExponentialCurve(double maxResponse, double scale)
    {
        CurveGuard.Positive(maxResponse, "max_response");
        CurveGuard.Positive(scale, "scale");
        MaxResponse = maxResponse;
        Scale = scale;
    }

    /// <summary>a, the scale spend.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public string Family => "exponential";

    /// <inheritdoc />
    public CurveShape Shape => CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend => 0.0;

    /// <inheritdoc />
    public double MaxResponse { get; }

    /// <inheritdoc />
    public double Value(double spend) => spend <= 0 ? 0.0 : -MaxResponse * Elementary.ExpM1(-spend / Scale);

    /// <inheritdoc />
    public double Marginal(double spend) => MaxResponse / Scale * Math.Exp(-Math.Max(spend, 0) / Scale);

    /// <inheritdoc />
    public double SecondDerivative(double spend) => -Marginal(spend) / Scale;

    /// <inheritdoc />
    public double InverseMarginal(double marginal) =>
        Math.Max(0.0, Scale * (Math.Log(MaxResponse / Scale) - Math.Log(marginal)));

    /// <inheritdoc />
    /// <remarks>x = a ln(β/(a m)) gives dx/dm = −a/m where x &gt; 0.</remarks>
    public double InverseMarginal(double marginal, double hint, out double slope)
    {
        double x = InverseMarginal(marginal);
        slope = x > 0 && double.IsFinite(x) ? -Scale / marginal : 0.0;
        return x;
    }
}
