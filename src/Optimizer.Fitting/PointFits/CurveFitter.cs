using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.PointFits;

/// <summary>
/// Point fits: a response curve through the origin from (spend, outcome) observations of one channel, by bounded
/// nonlinear least squares with MathNet.Numerics' <see cref="LevenbergMarquardtMinimizer"/> from several starts.
/// </summary>
/// <remarks>
/// Data are scaled (u = x/mean x, v = y/mean|y|) so every parameter is O(1); MathNet imposes the box by its
/// internal bounded transform. Standard errors are asymptotic: Cov = s²(JᵀJ)⁻¹ with s² = RSS/(n − p) and J the
/// central-difference Jacobian at the optimum (Bates &amp; Watts 1988, Nonlinear Regression Analysis, §2.3), mapped
/// to data units by the delta method; intervals are estimate ± t_{n−p}·SE. The NIST StRD Misra1a/Misra1d
/// certified values are reproduced (tests). A family with parameters at a bound reports them as such.
/// </remarks>
public sealed class CurveFitter
{
    /// <summary>Fits one family.</summary>
    /// <param name="spend">Spend per period x ≥ 0 (currency units); shape (n,).</param>
    /// <param name="outcome">Outcome per period y (outcome units); shape (n,).</param>
    /// <param name="family">Family to fit.</param>
    /// <param name="options">Settings (defaults when null).</param>
    /// <returns>The fit.</returns>
    /// <exception cref="FittingInputException">Lengths differ, a value is not finite, a spend is negative, all spends are 0, or n ≤ p.</exception>
    public PointFitResult Fit(IReadOnlyList<double> spend, IReadOnlyList<double> outcome, CurveFamily family, PointFitOptions? options = null)
    {
        var model = FamilyModel.For(family);
        PointFitInput.Validate(spend, outcome, model.ParameterCount);
        return FitModel(model, [.. spend], [.. outcome], options ?? new PointFitOptions());
    }

    /// <summary>
    /// Fits every candidate family and selects the one with the lowest criterion. Near-linear rule: when the
    /// winner is near-linear (no saturation in the data) and the power family is within 2 criterion units, the
    /// power fit is selected instead, so unsaturated data yield an explicit power/linear curve rather than a
    /// saturating curve whose ceiling is an extrapolation.
    /// </summary>
    /// <param name="spend">Spend per period x ≥ 0; shape (n,).</param>
    /// <param name="outcome">Outcome per period y; shape (n,).</param>
    /// <param name="options">Settings, including the criterion and candidates.</param>
    /// <returns>The selected fit and all candidates.</returns>
    /// <exception cref="FittingInputException">As for <see cref="Fit"/> (checked against the smallest candidate).</exception>
    public CurveSelectionResult FitBest(IReadOnlyList<double> spend, IReadOnlyList<double> outcome, PointFitOptions? options = null)
    {
        options ??= new PointFitOptions();
        var families = options.Candidates ?? CurveFamilies.All;
        PointFitInput.Validate(spend, outcome, families.Min(f => FamilyModel.For(f).ParameterCount));
        double[] x = [.. spend], y = [.. outcome];
        var fits = families.Where(f => FamilyModel.For(f).ParameterCount < x.Length)
            .Select(f => FitModel(FamilyModel.For(f), x, y, options)).ToList();
        Func<PointFitResult, double> score = options.Criterion == SelectionCriterion.Aic ? f => f.Aic : f => f.Bic;
        var best = fits.MinBy(score)!;
        var power = fits.FirstOrDefault(f => f.Family == CurveFamily.Power);
        if (best.NearLinear && power is not null && score(power) <= score(best) + 2)
        {
            best = power;
        }

        return new CurveSelectionResult(best, fits, options.Criterion);
    }

    private static PointFitResult FitModel(FamilyModel model, double[] x, double[] y, PointFitOptions options)
    {
        double xs = x.Where(v => v > 0).Average();
        double ys = Math.Max(y.Average(Math.Abs), double.Epsilon);
        var u = Vector<double>.Build.DenseOfEnumerable(x.Select(v => v / xs));
        var v = Vector<double>.Build.DenseOfEnumerable(y.Select(w => w / ys));
        var objective = ObjectiveFunction.NonlinearModel(
            (p, points) =>
            {
                var parameters = p.ToArray();
                return Vector<double>.Build.Dense(points.Count, i => model.Value(parameters, points[i]));
            },
            u,
            v,
            accuracyOrder: 2);
        var lower = Vector<double>.Build.DenseOfArray(model.Lower);
        var upper = Vector<double>.Build.DenseOfArray(model.Upper);
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: options.MaxIterations);
        NonlinearMinimizationResult? best = null;
        double bestRss = double.PositiveInfinity;
        foreach (var start in model.Starts(v.Maximum()).Take(options.Starts))
        {
            var clamped = Vector<double>.Build.Dense(start.Length, i => Math.Clamp(start[i], model.Lower[i] * 1.01 + 1e-12, model.Upper[i] * 0.99));
            try
            {
                var result = minimizer.FindMinimum(objective, clamped, lower, upper);
                double rss = Rss(model, [.. result.MinimizingPoint], u, v);
                if (rss < bestRss)
                {
                    bestRss = rss;
                    best = result;
                }
            }
            catch (MaximumIterationsException)
            {
            }
        }

        if (best is null)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"no start of the {CurveFamilies.Name(model.Family)} fit converged."));
        }

        return PointFitReport.Create(model, [.. best.MinimizingPoint], x, y, xs, ys, best.Iterations, best.ReasonForExit.ToString());
    }

    internal static double Rss(FamilyModel model, double[] p, Vector<double> u, Vector<double> v)
    {
        double s = 0;
        for (int i = 0; i < u.Count; i++)
        {
            double e = v[i] - model.Value(p, u[i]);
            s += e * e;
        }

        return s;
    }
}
