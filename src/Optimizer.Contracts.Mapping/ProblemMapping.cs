using Optimizer.Allocation.Model;
using Optimizer.Contracts.Mapping.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>Maps a validated <see cref="V1.AllocateBudgetRequest"/> to an <see cref="AllocationProblem"/>.</summary>
public static class ProblemMapping
{
    /// <summary>The request's value per outcome unit (default 1: the outcome is revenue).</summary>
    public static double DefaultValuePerResponse(V1.AllocateBudgetRequest request) =>
        request.HasValuePerResponse ? request.ValuePerResponse : 1.0;

    /// <summary>
    /// Builds the problem (channel names in groups and ratios become indices). Curve parameters a family
    /// rejects are added to <paramref name="violations"/>, and null is returned when it holds any violation.
    /// </summary>
    /// <param name="request">The scenario, validated by <see cref="Validation.ScenarioValidator"/>.</param>
    /// <param name="prefix">Path of the scenario in the request ("" or "scenario."), for curve errors.</param>
    /// <param name="violations">The validator's violations; curve violations are added.</param>
    /// <param name="budgetOverride">Budget that replaces <c>budget.total</c> (frontier points); null keeps it.</param>
    public static AllocationProblem? ToProblem(V1.AllocateBudgetRequest request, string prefix, ViolationList violations, double? budgetOverride = null)
    {
        var channels = ChannelMapping.ToSpecs(request.Channels, DefaultValuePerResponse(request), prefix, violations);
        if (channels is null)
        {
            return null;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = channels.Length - 1; i >= 0; i--)
        {
            index[channels[i].Name] = i;
        }

        return new AllocationProblem(
            channels,
            budgetOverride ?? request.Budget?.Total ?? 0,
            request.Budget?.Mode == V1.BudgetMode.AtMost ? BudgetMode.AtMost : BudgetMode.Exact,
            ToObjective(request.Objective),
            request.Groups.Select(g => new GroupConstraint(
                g.Name,
                Indices(g.Channels, index),
                g.HasMinSpend ? g.MinSpend : null,
                g.HasMaxSpend ? g.MaxSpend : null,
                g.HasMinShare ? g.MinShare : null,
                g.HasMaxShare ? g.MaxShare : null)).ToArray(),
            request.Ratios.Select(r => new RatioConstraint(
                r.Name,
                Indices(r.NumeratorChannels, index),
                Indices(r.DenominatorChannels, index),
                r.HasMinRatio ? r.MinRatio : null,
                r.HasMaxRatio ? r.MaxRatio : null)).ToArray(),
            request.HasMaxActiveChannels ? request.MaxActiveChannels : null);
    }

    private static int[] Indices(IEnumerable<string> names, Dictionary<string, int> index) =>
        names.Select(n => index[n]).ToArray();

    private static Objective ToObjective(V1.Objective? objective) => objective?.GoalCase switch
    {
        V1.Objective.GoalOneofCase.MaximizeProfit => new Objective(ObjectiveKind.MaximizeProfit),
        V1.Objective.GoalOneofCase.ReachResponseTarget =>
            new Objective(ObjectiveKind.ReachResponseTarget, objective.ReachResponseTarget.TargetResponse),
        V1.Objective.GoalOneofCase.TargetEfficiency when objective.TargetEfficiency.TargetCase == V1.TargetEfficiency.TargetOneofCase.TargetCpa =>
            new Objective(ObjectiveKind.TargetCpa, objective.TargetEfficiency.TargetCpa),
        V1.Objective.GoalOneofCase.TargetEfficiency =>
            new Objective(ObjectiveKind.TargetRoas, objective.TargetEfficiency.TargetRoas),
        V1.Objective.GoalOneofCase.MarginalRoasFloor =>
            new Objective(ObjectiveKind.MarginalRoasFloor, objective.MarginalRoasFloor.MinMarginalRoas),
        _ => Objective.MaximizeResponse,
    };
}
