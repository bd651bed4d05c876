using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// Multi-start search over the nonlinear parameters θ of all channels jointly: Levenberg–Marquardt on the
/// variable-projection residuals of <see cref="MixObjective"/> from the box centre, from any warm starts, and
/// from random points (u = u_centre + U(−2.5, 2.5) per coordinate in the logistic search space). The best
/// final cost wins; on return the objective holds that solution (media columns and coefficients).
/// </summary>
internal static class MixSearch
{
    /// <summary>Relative cost decrease at which one LM run stops.</summary>
    public const double Tolerance = 1e-9;

    public static (double[] Theta, double Cost, int Iterations) Run(
        MixDesign design,
        MixObjective objective,
        IEnumerable<double[]> warmStarts,
        int randomStarts,
        int seed,
        int maxIterations,
        CancellationToken cancellationToken)
    {
        var centre = design.ToSearch(design.CentreTheta());
        var starts = new List<double[]> { centre };
        starts.AddRange(warmStarts.Select(t => design.ToSearch(t)));
        var random = new Random(seed);
        for (int s = 0; s < randomStarts; s++)
        {
            starts.Add([.. centre.Select(c => c + (5 * random.NextDouble()) - 2.5)]);
        }

        double[] best = centre;
        double bestCost = double.PositiveInfinity;
        int iterations = 0;
        foreach (var start in starts)
        {
            var (u, cost, it) = LevenbergMarquardtSearch.Minimize(
                objective.Residuals, start, objective.ResidualCount, maxIterations, Tolerance, cancellationToken);
            iterations += it;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = u;
            }
        }

        var theta = new double[design.ThetaCount];
        design.ToTheta(best, theta);
        objective.EvaluateTheta(theta, null);
        return (theta, bestCost, iterations);
    }
}
