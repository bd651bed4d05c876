using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// Checks that the budget and the per-channel bounds can hold together, and names the conflicting
/// constraints with their numbers when they cannot.
/// </summary>
internal static class FeasibilityCheck
{
    /// <summary>Throws <see cref="InfeasibleProblemException"/> when Σ minimums &gt; budget, or Σ maximums &lt; an exact budget.</summary>
    public static void Budget(AllocationProblem problem, bool exact)
    {
        var channels = problem.Channels;
        double minimum = channels.Sum(RequiredMinimum);
        if (minimum > problem.Budget * (1 + 1e-12))
        {
            string parts = MessageFormat.Listing(channels.Where(c => RequiredMinimum(c) > 0), DescribeMinimum);
            throw new InfeasibleProblemException(
                $"budget {MessageFormat.Number(problem.Budget)} is below the sum of minimum spends {MessageFormat.Number(minimum)} ({parts})",
                [$"budget {MessageFormat.Number(problem.Budget)}", $"sum of minimum spends {MessageFormat.Number(minimum)}: {parts}"]);
        }

        double maximum = channels.Sum(c => c.Upper);
        if (exact && maximum < problem.Budget * (1 - 1e-12))
        {
            string parts = MessageFormat.Listing(channels, c => c.Locked ? $"{c.Name} locked at {MessageFormat.Number(c.CurrentSpend)}" : $"{c.Name} max {MessageFormat.Number(c.MaxSpend)}");
            throw new InfeasibleProblemException(
                $"budget {MessageFormat.Number(problem.Budget)} (exact) is above the sum of maximum spends {MessageFormat.Number(maximum)} ({parts}); raise a maximum or set the budget mode to at most",
                [$"budget {MessageFormat.Number(problem.Budget)} (exact)", $"sum of maximum spends {MessageFormat.Number(maximum)}: {parts}"]);
        }
    }

    /// <summary>Throws when more channels must be active (positive minimum or locked above 0) than the cardinality limit allows.</summary>
    public static void Cardinality(AllocationProblem problem)
    {
        if (problem.MaxActiveChannels is not int k)
        {
            return;
        }

        var forced = problem.Channels.Where(c => RequiredMinimum(c) > 0).ToList();
        if (forced.Count <= k && problem.BudgetMode == BudgetMode.Exact && problem.Goal.Kind == ObjectiveKind.MaximizeResponse)
        {
            // The most k channels can absorb: the forced ones plus the largest caps among the rest.
            double capacity = forced.Sum(c => Math.Min(c.Upper, problem.Budget))
                + problem.Channels.Where(c => RequiredMinimum(c) == 0).Select(c => Math.Min(c.Upper, problem.Budget)).OrderDescending().Take(k - forced.Count).Sum();
            if (capacity < problem.Budget * (1 - 1e-12))
            {
                throw new InfeasibleProblemException(
                    $"budget {MessageFormat.Number(problem.Budget)} (exact) is above what at most {k} active channels can spend ({MessageFormat.Number(capacity)}: the {k} largest maximum spends)",
                    [$"budget {MessageFormat.Number(problem.Budget)} (exact)", $"max_active_channels {k}", $"largest {k} maximum spends: {MessageFormat.Number(capacity)}"]);
            }
        }

        if (forced.Count > k)
        {
            string parts = MessageFormat.Listing(forced, DescribeMinimum);
            throw new InfeasibleProblemException(
                $"at most {k} active channels conflicts with {forced.Count} channels that must be funded ({parts})",
                [$"max_active_channels {k}", $"channels with a positive minimum: {parts}"]);
        }
    }

    private static string DescribeMinimum(ChannelSpec c) =>
        c.Locked ? $"{c.Name} locked at {MessageFormat.Number(c.CurrentSpend)}" : $"{c.Name} min {MessageFormat.Number(c.MinSpend)}";

    /// <summary>The spend a channel must get: 0 for a semi-continuous channel that may be off.</summary>
    public static double RequiredMinimum(ChannelSpec c) => c.Locked ? c.CurrentSpend : c.SemiContinuous ? 0 : c.MinSpend;
}
