using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// A smooth concave or S-shaped curve on {l} ∪ [a, u]. Its envelope is linear from (l, f(l)) to the tangent
/// point w, then f itself on [w, u]: w solves f'(w)(w − l) = f(w) − f(l) on [max(a, inflection), u]
/// (Udell &amp; Boyd 2014, §3.1, the concave envelope of a sigmoidal function), or w = u (the chord) when f is
/// still steeper than the chord at u, or w = a when f is already flatter there.
/// </summary>
internal sealed class SmoothPiece : ChannelPiece
{
    private readonly IResponseCurve _curve;
    private readonly double _fLower;
    private double _hint;

    public SmoothPiece(IResponseCurve curve, double value, double lower, double activeFrom, double upper)
        : base(lower, upper, value)
    {
        _curve = curve;
        _fLower = curve.Value(lower);
        Tangent = upper <= lower ? lower : FindTangent(curve, lower, Math.Max(activeFrom, lower), upper);
        LinearSlope = Tangent > lower ? (curve.Value(Tangent) - _fLower) / (Tangent - lower) : double.PositiveInfinity;
        _hint = Math.Max(Tangent, 0.5 * (lower + upper));
    }

    /// <summary>w, where the envelope's linear part ends (l when there is none).</summary>
    public double Tangent { get; }

    /// <summary>Slope of the envelope's linear part in outcome units per currency (+∞ when there is none).</summary>
    public double LinearSlope { get; }

    public override bool IsExact => Tangent <= Lower;

    public override double Response(double spend) => _curve.Value(spend);

    public override double Envelope(double spend) =>
        spend >= Tangent ? _curve.Value(spend) : _fLower + (LinearSlope * (spend - Lower));

    public override double EnvelopeMarginal(double spend) => spend < Tangent ? LinearSlope : _curve.Marginal(spend);

    public override void Respond(double price, out double low, out double high)
    {
        if (Upper <= Lower)
        {
            low = high = Lower;
            return;
        }

        double m = price / ValuePerResponse;
        if (m > LinearSlope)
        {
            low = high = Lower;
            return;
        }

        double x = m <= 0 ? Upper : m == LinearSlope ? Tangent : _curve.InverseMarginal(m, _hint);
        x = Math.Clamp(double.IsNaN(x) ? Upper : x, Tangent, Upper);
        if (x > Tangent && x < Upper)
        {
            _hint = x;
        }

        high = x;
        low = m == LinearSlope ? Lower : x;
    }

    public override double ResponseSlope(double spend)
    {
        if (!(spend > Tangent && spend < Upper))
        {
            return 0.0;
        }

        double curvature = _curve.SecondDerivative(spend) * ValuePerResponse;
        return curvature < 0 && double.IsFinite(curvature) ? 1.0 / curvature : 0.0;
    }

    private static double FindTangent(IResponseCurve curve, double l, double a, double u)
    {
        double fl = curve.Value(l);
        double H(double w) => (curve.Marginal(w) * (w - l)) - (curve.Value(w) - fl);

        double lo = Math.Max(a, Math.Min(curve.InflectionSpend, u));
        if (lo <= l || H(lo) <= 0)
        {
            return lo;
        }

        if (H(u) >= 0)
        {
            return u;
        }

        // H is decreasing on the concave part (H' = f''(w)(w − l) < 0): safeguarded Newton on [lo, u].
        double hi = u;
        double w = lo > 0 && hi > 4 * lo ? Math.Sqrt(lo) * Math.Sqrt(hi) : 0.5 * (lo + hi);
        for (int i = 0; i < 400; i++)
        {
            double h = H(w);
            if (h > 0)
            {
                lo = w;
            }
            else
            {
                hi = w;
            }

            double dh = curve.SecondDerivative(w) * (w - l);
            double next = dh < 0 ? w - (h / dh) : double.NaN;
            if (!(next > lo && next < hi))
            {
                // Bisect geometrically while the bracket spans orders of magnitude (caps up to 1e300).
                next = lo > 0 && hi > 4 * lo ? Math.Sqrt(lo) * Math.Sqrt(hi) : 0.5 * (lo + hi);
            }

            if (Math.Abs(next - w) <= 1e-15 * Math.Max(1.0, w) || hi - lo <= 1e-15 * hi)
            {
                return next;
            }

            w = next;
        }

        return w;
    }
}
