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

    /// <summary>f' at the ends of the concave part [w, u]: prices outside that range answer an end without inverting f'.</summary>
    private readonly double _marginalAtTangent;
    private readonly double _marginalAtUpper;
    private double _hint;

    public SmoothPiece(IResponseCurve curve, double value, double lower, double activeFrom, double upper)
        : base(lower, upper, value)
    {
        _curve = curve;
        _fLower = curve.Value(lower);
        Tangent = upper <= lower ? lower : FindTangent(curve, lower, Math.Max(activeFrom, lower), upper);
        LinearSlope = Tangent > lower ? (curve.Value(Tangent) - _fLower) / (Tangent - lower) : double.PositiveInfinity;
        _hint = Math.Max(Tangent, 0.5 * (lower + upper));
        _marginalAtTangent = Tangent < upper ? curve.Marginal(Tangent) : double.PositiveInfinity;
        _marginalAtUpper = Tangent < upper ? curve.Marginal(upper) : 0.0;
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

    public override void Respond(double price, out double low, out double high, out double slope)
    {
        slope = 0.0;
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

        if (m < LinearSlope && (m <= _marginalAtUpper || m >= _marginalAtTangent))
        {
            // f' is non-increasing on [w, u], so the maximizer is the end whose marginal the price passes.
            low = high = m <= _marginalAtUpper ? Upper : Tangent;
            return;
        }

        double dxdm = 0.0;
        double x = m <= 0 ? Upper : m == LinearSlope ? Tangent : _curve.InverseMarginal(m, _hint, out dxdm);
        x = Math.Clamp(double.IsNaN(x) ? Upper : x, Tangent, Upper);
        if (x > Tangent && x < Upper)
        {
            _hint = x;

            // dx/dp = (dx/dm)(dm/dp) with m = p/v.
            slope = m < LinearSlope ? dxdm / ValuePerResponse : 0.0;
        }

        high = x;
        low = m == LinearSlope ? Lower : x;
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
