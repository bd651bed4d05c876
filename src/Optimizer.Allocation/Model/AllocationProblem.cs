namespace Optimizer.Allocation.Model;

/// <summary>
/// A budget-allocation problem: choose spends x (shape (n,), currency units per period) for the channels to
/// optimize the <see cref="Objective"/> subject to the budget, per-channel bounds, group, ratio and
/// cardinality constraints.
/// </summary>
/// <param name="Channels">The channels; shape (n,), n ≥ 1, unique names.</param>
/// <param name="Budget">Total budget B ≥ 0, currency units per period.</param>
/// <param name="BudgetMode">Exact (Σx = B) or at most (Σx ≤ B). Scenarios other than maximize-response treat it as a cap.</param>
/// <param name="Objective">The scenario; null means maximize response.</param>
/// <param name="Groups">Group constraints; may be empty.</param>
/// <param name="Ratios">Ratio constraints; may be empty.</param>
/// <param name="MaxActiveChannels">At most this many channels with spend &gt; 0; null = no limit.</param>
public sealed record AllocationProblem(
    IReadOnlyList<ChannelSpec> Channels,
    double Budget,
    BudgetMode BudgetMode = BudgetMode.Exact,
    Objective? Objective = null,
    IReadOnlyList<GroupConstraint>? Groups = null,
    IReadOnlyList<RatioConstraint>? Ratios = null,
    int? MaxActiveChannels = null)
{
    /// <summary>The scenario (maximize response when none was given).</summary>
    public Objective Goal => Objective ?? Model.Objective.MaximizeResponse;

    /// <summary>Group constraints (never null).</summary>
    public IReadOnlyList<GroupConstraint> GroupConstraints => Groups ?? [];

    /// <summary>Ratio constraints (never null).</summary>
    public IReadOnlyList<RatioConstraint> RatioConstraints => Ratios ?? [];
}
