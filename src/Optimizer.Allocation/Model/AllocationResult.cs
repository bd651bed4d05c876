namespace Optimizer.Allocation.Model;

/// <summary>
/// A solved split with its certificate: <see cref="Objective"/> ≤ OPT ≤ <see cref="BestBound"/>.
/// </summary>
/// <param name="Status">Optimal when <see cref="RelativeGap"/> ≤ the tolerance, else Feasible.</param>
/// <param name="Channels">Per-channel result, in the problem's channel order; shape (n,).</param>
/// <param name="Objective">Objective value of the split (value units; for reach-target: −spend).</param>
/// <param name="BestBound">Proven upper bound on the optimum, same units.</param>
/// <param name="RelativeGap">(BestBound − Objective)/max(|BestBound|, tiny), ≥ 0.</param>
/// <param name="BudgetShadowPrice">Objective gain per extra currency unit of budget (0 when the budget does not bind).</param>
/// <param name="ConstraintPrices">Shadow prices of the coupling constraints (budget, groups, ratios).</param>
/// <param name="WallTime">Solve time.</param>
/// <param name="NodeCount">Branch-and-bound nodes explored (1 for a concave problem).</param>
public sealed record AllocationResult(
    SolveStatus Status,
    IReadOnlyList<ChannelAllocation> Channels,
    double Objective,
    double BestBound,
    double RelativeGap,
    double BudgetShadowPrice,
    IReadOnlyList<ConstraintPrice> ConstraintPrices,
    TimeSpan WallTime,
    long NodeCount)
{
    /// <summary>Σ spend, currency units per period.</summary>
    public double TotalSpend => Channels.Sum(c => c.Spend);

    /// <summary>Σ response, outcome units per period.</summary>
    public double TotalResponse => Channels.Sum(c => c.Response);
}
