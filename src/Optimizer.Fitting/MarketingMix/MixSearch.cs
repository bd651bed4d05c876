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

        double tau = design.Options.ShapePriorSd;
        var theta = new double[design.ThetaCount];
        if (tau > 0)
        {
            // σ̂ from the best starting point, refined once from the best solution (two-stage MAP).
            objective.PriorWeight = 0;
            double startCost = double.PositiveInfinity, variance = 0;
            foreach (var start in starts)
            {
                design.ToTheta(start, theta);
                if (objective.EvaluateTheta(theta, null) < startCost)
                {
                    startCost = objective.EvaluateTheta(theta, null);
                    variance = objective.NoiseVariance();
                }
            }

            objective.PriorWeight = Math.Sqrt(variance) / tau;
        }

        var (best, bestCost, iterations) = Best(objective, starts, maxIterations, cancellationToken);
        if (tau > 0)
        {
            design.ToTheta(best, theta);
            objective.EvaluateTheta(theta, null);
            objective.PriorWeight = Math.Sqrt(objective.NoiseVariance()) / tau;
            (best, bestCost, int polish) = Best(objective, [best], maxIterations, cancellationToken);
            iterations += polish;
        }

        design.ToTheta(best, theta);
        objective.EvaluateTheta(theta, null);
        return (theta, bestCost, iterations);
    }

    private static (double[] Best, double Cost, int Iterations) Best(MixObjective objective, IReadOnlyList<double[]> starts, int maxIterations, CancellationToken cancellationToken)
    {
        double[] best = starts[0];
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

        return (best, bestCost, iterations);
    }
}
