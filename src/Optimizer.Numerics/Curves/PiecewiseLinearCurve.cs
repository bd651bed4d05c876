using System.Globalization;

namespace Optimizer.Numerics.Curves;

/// <summary>
/// Tabulated response curve: linear interpolation between (spend, response) points, constant beyond the
/// last point, and through the origin before the first point.
/// </summary>
/// <remarks>
/// Spends strictly increase and responses never decrease; when the first spend is above 0 the point
/// (0, 0) is implied, and when it is 0 its response must be 0. The curve is concave when the segment
/// slopes never increase, an S-curve when they rise then fall, and general otherwise. The marginal is the
/// right derivative (slope of the segment that starts at or before the spend).
/// </remarks>
public sealed class PiecewiseLinearCurve : IResponseCurve
{
    private readonly double[] _spends;
    private readonly double[] _responses;
    private readonly double[] _slopes; // _slopes[j] is the slope on [_spends[j], _spends[j+1]); the last is 0.

    /// <summary>Creates a tabulated curve.</summary>
    /// <param name="spends">Breakpoint spends, strictly increasing, ≥ 0, currency units per period; shape (m,), m ≥ 1.</param>
    /// <param name="responses">Response at each breakpoint, non-decreasing, ≥ 0, outcome units; shape (m,).</param>
    /// <exception cref="CurveArgumentException">The points break one of the rules above; the message names the point.</exception>
    public PiecewiseLinearCurve(IReadOnlyList<double> spends, IReadOnlyList<double> responses)
    {
        Validate(spends, responses);
        bool hasOrigin = spends[0] == 0;
        int offset = hasOrigin ? 0 : 1;
        int m = spends.Count + offset;
        _spends = new double[m];
        _responses = new double[m];
        for (int i = 0; i < spends.Count; i++)
        {
            _spends[i + offset] = spends[i];
            _responses[i + offset] = responses[i];
        }

        _slopes = new double[m];
        for (int j = 0; j + 1 < m; j++)
        {
            _slopes[j] = (_responses[j + 1] - _responses[j]) / (_spends[j + 1] - _spends[j]);
        }

        (Shape, InflectionSpend) = Classify(_spends, _slopes);
        MaxResponse = _responses[^1];
    }

    /// <summary>Breakpoint spends including the implied origin; shape (m,).</summary>
    public IReadOnlyList<double> Spends => _spends;

    /// <summary>Breakpoint responses including the implied origin; shape (m,).</summary>
    public IReadOnlyList<double> Responses => _responses;

    /// <inheritdoc />
    public string Family => "piecewise_linear";

    /// <inheritdoc />
    public CurveShape Shape { get; }

    /// <inheritdoc />
    public double InflectionSpend { get; }

    /// <inheritdoc />
    public double MaxResponse { get; }

    /// <inheritdoc />
    public double Value(double spend)
    {
        if (spend <= 0)
        {
            return 0.0;
        }

        if (spend >= _spends[^1])
        {
            return _responses[^1];
        }

        int j = Segment(spend);
        return _responses[j] + (_slopes[j] * (spend - _spends[j]));
    }

    /// <inheritdoc />
    public double Marginal(double spend) => _slopes[Segment(Math.Max(spend, 0))];

    /// <inheritdoc />
    public double SecondDerivative(double spend) => 0.0;

    /// <inheritdoc />
    public double InverseMarginal(double marginal)
    {
        int start = Segment(InflectionSpend);
        for (int j = start; j < _slopes.Length; j++)
        {
            if (_slopes[j] <= marginal)
            {
                return Math.Max(_spends[j], InflectionSpend);
            }
        }

        return _spends[^1];
    }

    /// <summary>Index j of the segment [s_j, s_{j+1}) holding the spend (the last index beyond the table).</summary>
    private int Segment(double spend)
    {
        int j = Array.BinarySearch(_spends, spend);
        if (j < 0)
        {
            j = ~j - 1;
        }

        return Math.Clamp(j, 0, _spends.Length - 1);
    }

    private static (CurveShape Shape, double Inflection) Classify(double[] spends, double[] slopes)
    {
        // Find the last index after which slopes never increase again.
        int last = slopes.Length - 1;
        int k = last;
        while (k > 0 && slopes[k - 1] >= slopes[k])
        {
            k--;
        }

        if (k == 0)
        {
            return (CurveShape.Concave, 0.0);
        }

        bool risingBefore = true;
        for (int j = 1; j <= k; j++)
        {
            risingBefore &= slopes[j] >= slopes[j - 1];
        }

        return (risingBefore ? CurveShape.Sigmoidal : CurveShape.General, spends[k]);
    }

    private static void Validate(IReadOnlyList<double> spends, IReadOnlyList<double> responses)
    {
        if (spends.Count == 0 || spends.Count != responses.Count)
        {
            throw new CurveArgumentException("points", string.Create(CultureInfo.InvariantCulture, $"a tabulated curve needs at least one point and as many responses as spends (got {spends.Count} spends, {responses.Count} responses)."));
        }

        for (int i = 0; i < spends.Count; i++)
        {
            CurveGuard.NonNegative(spends[i], string.Create(CultureInfo.InvariantCulture, $"points[{i}].spend"));
            CurveGuard.NonNegative(responses[i], string.Create(CultureInfo.InvariantCulture, $"points[{i}].response"));
            if (i > 0 && !(spends[i] > spends[i - 1]))
            {
                throw new CurveArgumentException(string.Create(CultureInfo.InvariantCulture, $"points[{i}].spend"), string.Create(CultureInfo.InvariantCulture, $"spends must strictly increase: points[{i}].spend = {spends[i]} is not above points[{i - 1}].spend = {spends[i - 1]}."));
            }

            if (i > 0 && responses[i] < responses[i - 1])
            {
                throw new CurveArgumentException(string.Create(CultureInfo.InvariantCulture, $"points[{i}].response"), string.Create(CultureInfo.InvariantCulture, $"responses must not decrease: points[{i}].response = {responses[i]} is below points[{i - 1}].response = {responses[i - 1]}."));
            }
        }

        if (spends[0] == 0 && responses[0] != 0)
        {
            throw new CurveArgumentException("points[0].response", string.Create(CultureInfo.InvariantCulture, $"a curve passes through the origin: the response at spend 0 must be 0 (got {responses[0]})."));
        }
    }
}
