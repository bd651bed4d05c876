using System.Globalization;
using MathNet.Numerics.Distributions;
using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.PointFits;

/// <summary>Builds a <see cref="PointFitResult"/> from the scaled optimum: covariance, intervals, metrics, near-linear check.</summary>
internal static class PointFitReport
{
    /// <summary>Elasticity at the largest observed spend above which a fit is reported as near-linear.</summary>
    public const double NearLinearElasticity = 0.9;

    public static PointFitResult Create(FamilyModel model, double[] p, double[] x, double[] y, double xs, double ys, int iterations, string exit)
    {
        int n = x.Length, k = p.Length;
        var u = x.Select(v => v / xs).ToArray();
        double rssScaled = 0;
        for (int i = 0; i < n; i++)
        {
            double e = (y[i] / ys) - model.Value(p, u[i]);
            rssScaled += e * e;
        }

        double rss = rssScaled * ys * ys;
        var q = model.Unscale(p, xs, ys);
        var se = StandardErrors(model, p, u, rssScaled / (n - k), xs, ys);
        double t95 = StudentT.InvCDF(0, 1, n - k, 0.975), t90 = StudentT.InvCDF(0, 1, n - k, 0.95);
        var diagnostics = new List<string>();
        var parameters = new List<ParameterEstimate>();
        bool saturationAtBound = false;
        for (int j = 0; j < k; j++)
        {
            bool atBound = p[j] <= model.Lower[j] * (1 + 1e-6) + 1e-12 || p[j] >= model.Upper[j] * (1 - 1e-6);
            saturationAtBound |= atBound && j == model.SaturationIndex && p[j] >= model.Upper[j] * (1 - 1e-6);
            if (atBound)
            {
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{model.Names[j]} is at a bound of its search box ({q[j]:G4}): the data do not determine it."));
            }

            double? s = se?[j];
            parameters.Add(new ParameterEstimate(
                model.Names[j], q[j], Unit(model.Names[j]), s,
                s is double a ? new Interval(q[j] - (t90 * a), q[j] + (t90 * a), 0.90) : null,
                s is double b ? new Interval(q[j] - (t95 * b), q[j] + (t95 * b), 0.95) : null,
                atBound));
        }

        var curve = model.Build(q);
        double xMax = x.Max();
        double fMax = curve.Value(xMax);
        double elasticity = fMax > 0 ? xMax * curve.Marginal(xMax) / fMax : 1.0;
        bool nearLinear = elasticity >= NearLinearElasticity || saturationAtBound;
        if (nearLinear)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"no saturation within the observed spend (elasticity {elasticity:F2} at the largest spend): the curve is near-linear there and its saturation level is an extrapolation."));
        }

        double mean = y.Average();
        double sst = y.Sum(v => (v - mean) * (v - mean));
        return new PointFitResult(
            model.Family, curve, parameters, n, rss, sst > 0 ? 1 - (rss / sst) : double.NaN, Math.Sqrt(rss / n),
            (n * Math.Log(rss / n)) + (2.0 * (k + 1)), (n * Math.Log(rss / n)) + ((k + 1) * Math.Log(n)),
            elasticity, nearLinear, diagnostics, iterations, exit);
    }

    private static double[]? StandardErrors(FamilyModel model, double[] p, double[] u, double s2, double xs, double ys)
    {
        int n = u.Length, k = p.Length;
        var jtj = new double[k * k];
        var row = new double[k];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < k; j++)
            {
                row[j] = Derivative(pp => model.Value(pp, u[i]), p, j);
            }

            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b < k; b++)
                {
                    jtj[(a * k) + b] += row[a] * row[b];
                }
            }
        }

        var cov = DenseCholesky.Invert(jtj, k);
        if (cov is null)
        {
            return null;
        }

        // Delta method: Cov_q = G·Cov_p·Gᵀ with G_mj = ∂q_m/∂p_j (q = parameters in data units).
        var g = new double[k * k];
        for (int m = 0; m < k; m++)
        {
            for (int j = 0; j < k; j++)
            {
                int mm = m;
                g[(m * k) + j] = Derivative(pp => model.Unscale(pp, xs, ys)[mm], p, j);
            }
        }

        var se = new double[k];
        for (int m = 0; m < k; m++)
        {
            double v = 0;
            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b < k; b++)
                {
                    v += g[(m * k) + a] * cov[(a * k) + b] * g[(m * k) + b];
                }
            }

            se[m] = Math.Sqrt(Math.Max(v * s2, 0));
        }

        return se;
    }

    private static double Derivative(Func<double[], double> f, double[] p, int j)
    {
        var q = (double[])p.Clone();
        double h = 1e-6 * Math.Max(Math.Abs(p[j]), 1e-6);
        q[j] = p[j] + h;
        double up = f(q);
        q[j] = p[j] - h;
        double down = f(q);
        return (up - down) / (2 * h);
    }

    private static string Unit(string name) => name switch
    {
        "max_response" or "coefficient" => "outcome/period",
        "half_saturation" or "midpoint" or "scale" or "offset" => "currency/period",
        "steepness" => "1/currency",
        _ => "1",
    };
}
