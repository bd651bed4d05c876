namespace Optimizer.Allocation.Model;

/// <summary>A scenario with its target value.</summary>
/// <param name="Kind">The scenario.</param>
/// <param name="Target">
/// Target for the scenario: response (outcome units) for <see cref="ObjectiveKind.ReachResponseTarget"/>,
/// ROAS (value per currency unit) for <see cref="ObjectiveKind.TargetRoas"/>, CPA (currency per outcome unit)
/// for <see cref="ObjectiveKind.TargetCpa"/>, marginal ROAS for <see cref="ObjectiveKind.MarginalRoasFloor"/>;
/// ignored otherwise.
/// </param>
public sealed record Objective(ObjectiveKind Kind, double Target = 0)
{
    /// <summary>Maximize response for the budget.</summary>
    public static Objective MaximizeResponse { get; } = new(ObjectiveKind.MaximizeResponse);
}
