using Optimizer.Allocation.Model;

namespace Optimizer.Allocation;

/// <summary>Solves, evaluates and sweeps budget-allocation problems. Thread-safe; stateless between calls.</summary>
public interface IBudgetAllocator
{
    /// <summary>Finds a certified optimal split for the problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Gap tolerance and time limit; null = defaults.</param>
    /// <param name="cancellationToken">Cancels the solve (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The split with its certificate.</returns>
    /// <exception cref="Errors.ProblemValidationException">Input rules broken (all reported at once).</exception>
    /// <exception cref="Errors.InfeasibleProblemException">The constraints cannot all hold.</exception>
    /// <exception cref="Errors.TargetUnreachableException">A scenario target cannot be reached.</exception>
    AllocationResult Allocate(AllocationProblem problem, SolveOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Response, ROAS and marginal ROAS of a given split.</summary>
    /// <param name="channels">Channels; shape (n,).</param>
    /// <param name="spends">Spend per channel, same order; shape (n,), each ≥ 0 and finite.</param>
    /// <exception cref="Errors.ProblemValidationException">A spend is negative or not finite, or the shapes differ.</exception>
    IReadOnlyList<ChannelAllocation> Evaluate(IReadOnlyList<ChannelSpec> channels, IReadOnlyList<double> spends);

    /// <summary>
    /// The efficient frontier: the problem re-optimized at each budget, in the given order, reusing work
    /// between points. For maximize-response the response is non-decreasing in the budget.
    /// </summary>
    /// <param name="problem">The problem; its budget is replaced by each value of <paramref name="budgets"/>.</param>
    /// <param name="budgets">Budgets, currency units per period; shape (k,).</param>
    /// <param name="options">Gap tolerance and time limit per point.</param>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    IEnumerable<FrontierPoint> ComputeFrontier(AllocationProblem problem, IReadOnlyList<double> budgets, SolveOptions? options = null, CancellationToken cancellationToken = default);
}
