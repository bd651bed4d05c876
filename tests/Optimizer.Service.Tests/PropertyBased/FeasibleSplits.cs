using Optimizer.Allocation.Model;

namespace Optimizer.Service.Tests.PropertyBased;

/// <summary>
/// Feasible splits to compare the optimizer with: a target split projected on {lower ≤ x ≤ upper, Σ x = budget}
/// as x_i = clamp(t_i + μ, lower_i, upper_i), μ found by bisection (Σ x is non-decreasing in μ).
/// </summary>
internal static class FeasibleSplits
{
    public static double[] Even(AllocationProblem problem) =>
        Project(problem, problem.Channels.Select(_ => problem.Budget / problem.Channels.Count).ToArray());

    public static double[] ProportionalToCurrent(AllocationProblem problem)
    {
        double total = problem.Channels.Sum(c => c.CurrentSpend);
        return Project(problem, problem.Channels.Select(c => total > 0 ? problem.Budget * c.CurrentSpend / total : 0).ToArray());
    }

    public static double[] Random(AllocationProblem problem, Random random)
    {
        double[] weights = problem.Channels.Select(_ => -Math.Log(1 - random.NextDouble())).ToArray();
        double sum = weights.Sum();
        return Project(problem, weights.Select(w => problem.Budget * w / sum).ToArray());
    }

    public static double Objective(AllocationProblem problem, IReadOnlyList<double> spends) =>
        problem.Channels.Select((c, i) => c.ValuePerResponse * c.Curve.Value(spends[i])).Sum();

    private static double[] Project(AllocationProblem problem, double[] target)
    {
        var channels = problem.Channels;
        double Total(double mu) => channels.Select((c, i) => Math.Clamp(target[i] + mu, c.Lower, c.Upper)).Sum();
        double low = -problem.Budget - target.Max() - 1;
        double high = problem.Budget + channels.Max(c => c.Lower) + 1;
        for (int k = 0; k < 200; k++)
        {
            double mid = 0.5 * (low + high);
            if (Total(mid) < problem.Budget)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return channels.Select((c, i) => Math.Clamp(target[i] + high, c.Lower, c.Upper)).ToArray();
    }
}
