using Optimizer.Contracts.Mapping;
using Optimizer.Contracts.Mapping.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Remote;

/// <summary>
/// Splits one budget frontier into contiguous budget ranges that separate calls (and so separate replicas, with
/// round-robin load balancing) compute at once, and joins their points back into one frontier.
/// </summary>
internal static class FrontierSplit
{
    /// <summary>
    /// The budgets the request asks for (the server's own rule, <see cref="FrontierValidator"/>), cut into at most
    /// <paramref name="parts"/> ranges of at least two points each. Each range is a request with the same scenario,
    /// min_budget and max_budget at its first and last budget and point_count its size, so its evenly spaced
    /// budgets are the original ones up to rounding (a few ulps). A request the server would reject, or one too
    /// small to split, is returned whole, so the server's error or answer is unchanged.
    /// </summary>
    /// <param name="request">The frontier request.</param>
    /// <param name="parts">Number of concurrent calls wanted, ≥ 1.</param>
    /// <returns>The requests, in increasing budget order.</returns>
    public static IReadOnlyList<V1.ComputeBudgetFrontierRequest> Split(V1.ComputeBudgetFrontierRequest request, int parts)
    {
        var violations = new ViolationList();
        var budgets = FrontierValidator.Validate(request, RequestLimits.Default, violations);
        int count = Math.Min(parts, budgets.Count / 2);
        if (violations.Any || count < 2)
        {
            return [request];
        }

        var requests = new List<V1.ComputeBudgetFrontierRequest>(count);
        int start = 0;
        for (int part = 0; part < count; part++)
        {
            int size = (budgets.Count - start) / (count - part);
            var chunk = new V1.ComputeBudgetFrontierRequest
            {
                Scenario = request.Scenario,
                MinBudget = budgets[start],
                MaxBudget = budgets[start + size - 1],
                PointCount = size,
            };
            requests.Add(chunk);
            start += size;
        }

        return requests;
    }

    /// <summary>The ranges' points in order, with point_index renumbered over the whole frontier.</summary>
    /// <param name="parts">Each range's points, in the order of <see cref="Split"/>.</param>
    public static IReadOnlyList<V1.ComputeBudgetFrontierResponse> Join(IEnumerable<IReadOnlyList<V1.ComputeBudgetFrontierResponse>> parts)
    {
        var points = new List<V1.ComputeBudgetFrontierResponse>();
        foreach (var point in parts.SelectMany(p => p))
        {
            var renumbered = point.Clone();
            renumbered.PointIndex = points.Count;
            points.Add(renumbered);
        }

        return points;
    }
}
