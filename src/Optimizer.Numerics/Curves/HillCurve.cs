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
    /// <summary>a = 1 + 1/s, the slope of h(ρ) at −∞.</summary>
    private readonly double _a;

    /// <summary>ρ at the inflection, ln((s+1)/(s−1)) (+∞ when s ≤ 1): h is concave and increasing below it.</summary>
    private readonly double _rhoMax;

    /// <summary>h(ρ_max): targets L at or above it are beyond the peak marginal.</summary>
    private readonly double _peakTarget;

    /// <summary>ln κ.</summary>
    private readonly double _logHalfSaturation;

    /// <summary>ln κ − ln(βs), so that L = ln m + this.</summary>
    private readonly double _logOffset;

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
        _a = 1 + (1 / slope);
        _rhoMax = slope > 1 ? Math.Log((slope + 1) / (slope - 1)) : double.PositiveInfinity;
        _peakTarget = slope > 1 ? H(_rhoMax, _a) : double.PositiveInfinity;
        _logHalfSaturation = Math.Log(halfSaturation);
        _logOffset = _logHalfSaturation - Math.Log(maxResponse) - Math.Log(slope);
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
        double marginal = MaxResponse * Slope / (spend * (1 + r) * (1 + (1 / r)));
        return marginal * ((2 * Slope / (1 + (1 / r))) - Slope - 1) / spend;
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal) => InverseMarginal(marginal, 0.0, out _);

    /// <inheritdoc />
    public double InverseMarginal(double marginal, double hint) => InverseMarginal(marginal, hint, out _);

    /// <inheritdoc />
    /// <remarks>
    /// With ρ = ln r = s(ln κ − ln x), f'(x) = m becomes h(ρ) = (1 + 1/s)ρ − 2 ln(1 + e^ρ) = L,
    /// L = ln(mκ/(βs)). On the concave side (ρ ≤ ln((s+1)/(s−1))) h is increasing and concave, so Newton's
    /// method started left of the root at ρ0 = L/(1 + 1/s) (where h(ρ0) &lt; L) climbs to it monotonically and
    /// quadratically (Ortega &amp; Rheinboldt, Iterative Solution of Nonlinear Equations, 1970, §13.3); Halley's
    /// correction (h'' = −2σ(1 − σ), σ = e^ρ/(1 + e^ρ)) makes it cubic. The derivative comes from the same
    /// iteration: x = κe^(−ρ/s) and dL/dm = 1/m give dx/dm = −x / (s·m·h'(ρ)), h'(ρ) = 1 + 1/s − 2σ.
    /// For s = 1 the closed form x = √(βκ/m) − κ, dx/dm = −√(βκ/m)/(2m) is used.
    /// </remarks>
    public double InverseMarginal(double marginal, double hint, out double slope)
    {
        slope = 0.0;
        if (Slope == 1)
        {
            // f'(x) = βκ/(κ + x)² ⇒ x = sqrt(βκ/m) − κ.
            double root = Math.Sqrt(MaxResponse * HalfSaturation / marginal);
            double spend = root - HalfSaturation;
            if (spend > 0 && double.IsFinite(spend))
            {
                slope = -root / (2 * marginal);
                return spend;
            }

            return Math.Max(0.0, spend);
        }

        double a = _a;
        double target = Math.Log(marginal) + _logOffset;
        if (target >= _peakTarget)
        {
            return InflectionSpend;
        }

        // Warm start from the hint's ρ: the first Newton step from the right lands left of the root (h concave).
        // Cold start on the asymptote that keeps h(ρ0) ≤ L: h(ρ) ≤ aρ everywhere and h(ρ) ≤ (a − 2)ρ for ρ ≥ 0.
        double rho = target < 0 || a <= 2 ? target / a : target / (a - 2);
        if (hint > InflectionSpend && double.IsFinite(hint))
        {
            double warm = Slope * (_logHalfSaturation - Math.Log(hint));
            rho = warm < _rhoMax - 1e-3 ? warm : rho;
        }

        rho = Math.Min(rho, _rhoMax);

        // Stop on the residual: h is evaluated to a few ulps of its size, and where h' is small (slope near 1)
        // that rounding noise, divided by h', would keep the step above any fixed tolerance on ρ.
        double resolution = 8 * double.Epsilon + (4e-16 * Math.Max(1.0, Math.Abs(target)));
        double derivative = 0.0;
        for (int i = 0; i < 60; i++)
        {
            // One exponential per step: e = e^(−|ρ|) gives σ(ρ) and ln(1 + e^ρ) = max(ρ, 0) + ln(1 + e).
            double e = Math.Exp(-Math.Abs(rho));
            double sigma = rho >= 0 ? 1 / (1 + e) : e / (1 + e);
            double residual = target - ((a * rho) - (2 * (Math.Max(rho, 0) + Elementary.Log1P(e))));
            derivative = a - (2 * sigma);
            if (!(derivative > 0))
            {
                break;
            }

            // Halley's step; it falls back to Newton's when the correction is not positive.
            double curvature = -2 * sigma * (1 - sigma);
            double denominator = (2 * derivative * derivative) + (residual * curvature);
            double step = denominator > 0 ? 2 * residual * derivative / denominator : residual / derivative;
            if (!double.IsFinite(step))
            {
                break;
            }

            rho = Math.Min(rho + step, _rhoMax);
            if (Math.Abs(residual) <= resolution || Math.Abs(step) <= 1e-15 * Math.Max(1.0, Math.Abs(rho)))
            {
                break;
            }

            // Halley's error after this step is about C·e³ with e = residual/h' and C = |h'''/(6h')| + (h''/(2h'))²
            // (Traub, Iterative Methods for the Solution of Equations, 1964, §8.2; h''' = h''(1 − 2σ)): once that is
            // below the stopping tolerance the step has converged and no confirming evaluation is needed.
            double e0 = Math.Abs(residual / derivative);
            if (e0 < 1e-4 && denominator > 0)
            {
                double q = curvature / (2 * derivative);
                double c = Math.Abs(q * (1 - (2 * sigma)) / 3) + (q * q);
                if (c * e0 * e0 * e0 <= 1e-16 * Math.Max(1.0, Math.Abs(rho)))
                {
                    // h' at the new ρ to first order, for dx/dm.
                    derivative += curvature * step;
                    break;
                }
            }
        }

        double x = HalfSaturation * Math.Exp(-rho / Slope);
        if (!(x > InflectionSpend))
        {
            return InflectionSpend;
        }

        if (double.IsFinite(x) && derivative > 0)
        {
            double dxdm = -x / (Slope * marginal * derivative);
            slope = double.IsFinite(dxdm) ? dxdm : 0.0;
        }

        return x;
    }

    /// <summary>h(ρ) = aρ − 2 ln(1 + e^ρ), written to avoid overflow for large ρ.</summary>
    private static double H(double rho, double a) =>
        (a * rho) - (2 * (rho > 0 ? rho + Elementary.Log1P(Math.Exp(-rho)) : Elementary.Log1P(Math.Exp(rho))));

    private double R(double spend) => Math.Exp(Slope * (_logHalfSaturation - Math.Log(spend)));
}
