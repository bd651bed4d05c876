using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// A tabulated curve on {l} ∪ [a, u]. Its envelope is the upper concave hull of the curve's vertices in the
/// domain (Andrew's monotone chain, Comput. Geom. 1979), so best responses sit on hull vertices.
/// </summary>
internal sealed class HullPiece : ChannelPiece
{
    private readonly PiecewiseLinearCurve _curve;
    private readonly double[] _xs;
    private readonly double[] _ys;
    private readonly double[] _slopes; // slope of hull segment j (from vertex j to j+1), strictly decreasing

    public HullPiece(PiecewiseLinearCurve curve, double value, double lower, double activeFrom, double upper)
        : base(lower, upper, value)
    {
        _curve = curve;
        var points = new List<(double X, double Y)> { (lower, curve.Value(lower)) };
        double a = Math.Max(activeFrom, lower);
        if (upper > lower)
        {
            if (a > lower)
            {
                points.Add((a, curve.Value(a)));
            }

            foreach (double s in curve.Spends)
            {
                if (s > a && s < upper)
                {
                    points.Add((s, curve.Value(s)));
                }
            }

            points.Add((upper, curve.Value(upper)));
        }

        var hull = new List<(double X, double Y)>();
        foreach (var p in points)
        {
            while (hull.Count >= 2 && Cross(hull[^2], hull[^1], p) >= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }

            hull.Add(p);
        }

        IsExact = hull.Count == points.Count;
        _xs = hull.Select(p => p.X).ToArray();
        _ys = hull.Select(p => p.Y).ToArray();
        _slopes = new double[Math.Max(0, _xs.Length - 1)];
        for (int j = 0; j < _slopes.Length; j++)
        {
            _slopes[j] = (_ys[j + 1] - _ys[j]) / (_xs[j + 1] - _xs[j]);
        }
    }

    public override bool IsExact { get; }

    public override double Response(double spend) => _curve.Value(spend);

    public override double Envelope(double spend)
    {
        int j = Array.BinarySearch(_xs, spend);
        if (j >= 0)
        {
            return _ys[j];
        }

        j = Math.Clamp(~j - 1, 0, _xs.Length - 2);
        return _ys[j] + (_slopes[j] * (spend - _xs[j]));
    }

    public override double EnvelopeMarginal(double spend)
    {
        if (_slopes.Length == 0)
        {
            return 0.0;
        }

        int j = Array.BinarySearch(_xs, spend);
        j = j >= 0 ? j : ~j - 1;
        return _slopes[Math.Clamp(j, 0, _slopes.Length - 1)];
    }

    public override void Respond(double price, out double low, out double high, out double slope)
    {
        slope = 0.0;
        double m = price / ValuePerResponse;
        int j = 0;
        while (j < _slopes.Length && _slopes[j] > m)
        {
            j++;
        }

        low = _xs[j];
        high = j < _slopes.Length && _slopes[j] == m ? _xs[j + 1] : low;
    }

    // > 0 when o→a→b turns left (counter-clockwise); the upper hull keeps right turns only.
    private static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) =>
        ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));
}
