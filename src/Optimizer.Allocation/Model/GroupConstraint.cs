namespace Optimizer.Allocation.Model;

/// <summary>
/// Bounds on the total spend of a named set of channels: MinSpend ≤ Σ_{i∈G} x_i ≤ MaxSpend and
/// MinShare·Σ_i x_i ≤ Σ_{i∈G} x_i ≤ MaxShare·Σ_i x_i. Absent bounds are null.
/// </summary>
/// <param name="Name">Group name, used in messages and shadow prices.</param>
/// <param name="Channels">Indices into the problem's channel list; shape (k,), distinct.</param>
/// <param name="MinSpend">Lower bound on the group's spend, currency units per period.</param>
/// <param name="MaxSpend">Upper bound on the group's spend.</param>
/// <param name="MinShare">Lower bound on the group's share of total spend, in [0, 1].</param>
/// <param name="MaxShare">Upper bound on the group's share of total spend, in [0, 1].</param>
public sealed record GroupConstraint(
    string Name,
    IReadOnlyList<int> Channels,
    double? MinSpend = null,
    double? MaxSpend = null,
    double? MinShare = null,
    double? MaxShare = null);
