using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.PointFits;

/// <summary>
/// One family in scaled coordinates u = x/x_s, v = y/y_s (x_s = mean spend, y_s = mean |outcome|), so that every
/// parameter is O(1): the model function, its box, its starts, and the map back to data units.
/// </summary>
/// <param name="Family">The family.</param>
/// <param name="Names">Parameter names (data units), in order.</param>
/// <param name="Lower">Lower bounds, scaled.</param>
/// <param name="Upper">Upper bounds, scaled.</param>
/// <param name="Value">f(p, u) in scaled units.</param>
/// <param name="Unscale">Maps scaled parameters to data units given (x_s, y_s).</param>
/// <param name="Build">Builds the curve from data-unit parameters.</param>
/// <param name="SaturationIndex">Index of the parameter whose upper bound means "no saturation in sight", or −1.</param>
internal sealed record FamilyModel(
    CurveFamily Family,
    string[] Names,
    double[] Lower,
    double[] Upper,
    Func<double[], double, double> Value,
    Func<double[], double, double, double[]> Unscale,
    Func<double[], IResponseCurve> Build,
    int SaturationIndex)
{
    public int ParameterCount => Names.Length;

    /// <summary>Starting points (scaled): saturation scales of 0.5, 1.5 and 4 mean spends, max response 1.5× and 3× the largest outcome.</summary>
    public IEnumerable<double[]> Starts(double maxV)
    {
        double[] scales = [1.5, 0.5, 4.0, 1.0];
        double[] levels = [1.5, 3.0];
        foreach (double s in scales)
        {
            foreach (double b in levels)
            {
                yield return Family switch
                {
                    CurveFamily.Hill => [b * maxV, s, 1.2],
                    CurveFamily.Logistic => [b * maxV, 2.0 / s, 0.2 * s],
                    CurveFamily.Weibull => [b * maxV, s, 1.2],
                    CurveFamily.Power => [maxV, 0.5 + (0.1 * s)],
                    CurveFamily.Logarithmic => [maxV / b, s],
                    _ => [b * maxV, s],
                };
            }
        }
    }

    public static FamilyModel For(CurveFamily family) => family switch
    {
        CurveFamily.Hill => new(family, ["max_response", "half_saturation", "slope"], [1e-9, 1e-3, 0.2], [1e3, 1e3, 10],
            (p, u) => u <= 0 ? 0 : p[0] / (1 + Math.Exp(p[2] * (Math.Log(p[1]) - Math.Log(u)))),
            (p, xs, ys) => [p[0] * ys, p[1] * xs, p[2]],
            q => new HillCurve(q[0], q[1], q[2]), 1),
        CurveFamily.Logistic => new(family, ["max_response", "steepness", "midpoint"], [1e-9, 1e-3, 0], [1e3, 1e3, 100],
            (p, u) => LogisticValue(p[0], p[1], p[2], u),
            (p, xs, ys) => [p[0] * ys, p[1] / xs, p[2] * xs],
            q => new LogisticCurve(q[0], q[1], q[2]), -1),
        CurveFamily.Exponential => new(family, ["max_response", "scale"], [1e-9, 1e-3], [1e3, 1e3],
            (p, u) => -p[0] * double.ExpM1(-u / p[1]),
            (p, xs, ys) => [p[0] * ys, p[1] * xs],
            q => new ExponentialCurve(q[0], q[1]), 1),
        CurveFamily.MichaelisMenten => new(family, ["max_response", "half_saturation"], [1e-9, 1e-3], [1e3, 1e3],
            (p, u) => p[0] * u / (p[1] + u),
            (p, xs, ys) => [p[0] * ys, p[1] * xs],
            q => new MichaelisMentenCurve(q[0], q[1]), 1),
        CurveFamily.Weibull => new(family, ["max_response", "scale", "shape"], [1e-9, 1e-3, 0.2], [1e3, 1e3, 10],
            (p, u) => u <= 0 ? 0 : -p[0] * double.ExpM1(-Math.Exp(p[2] * (Math.Log(u) - Math.Log(p[1])))),
            (p, xs, ys) => [p[0] * ys, p[1] * xs, p[2]],
            q => new WeibullCurve(q[0], q[1], q[2]), 1),
        CurveFamily.Power => new(family, ["coefficient", "exponent"], [1e-9, 0.01], [1e6, 1],
            (p, u) => u <= 0 ? 0 : p[0] * Math.Exp(p[1] * Math.Log(u)),
            (p, xs, ys) => [p[0] * ys / Math.Pow(xs, p[1]), p[1]],
            q => new PowerCurve(q[0], Math.Min(q[1], 1)), -1),
        CurveFamily.Logarithmic => new(family, ["coefficient", "offset"], [1e-9, 1e-3], [1e3, 1e3],
            (p, u) => p[0] * Math.Log(1 + (u / p[1])),
            (p, xs, ys) => [p[0] * ys, p[1] * xs],
            q => new LogarithmicCurve(q[0], q[1]), 1),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static double LogisticValue(double beta, double k, double x0, double u)
    {
        static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
        double offset = Sigmoid(-k * x0);
        return u <= 0 ? 0 : beta * (Sigmoid(k * (u - x0)) - offset) / (1 - offset);
    }
}
