using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Validation;

/// <summary>
/// Structural rules of an <see cref="V1.AllocateBudgetRequest"/> (also the scenario of a frontier request).
/// Domain rules (names, spends, bounds, budget feasibility) belong to the allocator, which reports them itself.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Records every structural violation of <paramref name="request"/>.</summary>
    /// <param name="request">The scenario.</param>
    /// <param name="limits">Server limits.</param>
    /// <param name="prefix">Path of the scenario in the request ("" or "scenario.").</param>
    /// <param name="budgetRequired">False for frontier scenarios, whose budget total is replaced.</param>
    /// <param name="violations">Where violations are recorded.</param>
    public static void Validate(V1.AllocateBudgetRequest request, RequestLimits limits, string prefix, bool budgetRequired, ViolationList violations)
    {
        ChannelValidator.ValidateList(request.Channels, limits, prefix + "channels", violations);
        if (request.Budget is null && budgetRequired)
        {
            violations.Add(prefix + "budget", "required: set budget.total (currency units per period)");
        }

        ValidateObjective(request.Objective, prefix + "objective", violations);
        var names = request.Channels.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (int g = 0; g < request.Groups.Count; g++)
        {
            KnownChannels(request.Groups[g].Channels, names, $"{prefix}groups[{g}].channels", violations);
        }

        for (int r = 0; r < request.Ratios.Count; r++)
        {
            KnownChannels(request.Ratios[r].NumeratorChannels, names, $"{prefix}ratios[{r}].numerator_channels", violations);
            KnownChannels(request.Ratios[r].DenominatorChannels, names, $"{prefix}ratios[{r}].denominator_channels", violations);
        }

        if (request.HasMaxActiveChannels && request.MaxActiveChannels < 1)
        {
            violations.Add(prefix + "max_active_channels", ViolationList.Invariant($"must be >= 1 (got {request.MaxActiveChannels})"));
        }

        if (request.HasValuePerResponse)
        {
            violations.Positive(request.ValuePerResponse, prefix + "value_per_response");
        }

        ValidateOptions(request.Options, prefix + "options", violations);
    }

    private static void ValidateObjective(V1.Objective? objective, string path, ViolationList violations)
    {
        switch (objective?.GoalCase)
        {
            case V1.Objective.GoalOneofCase.ReachResponseTarget:
                violations.Positive(objective.ReachResponseTarget.TargetResponse, path + ".reach_response_target.target_response");
                break;
            case V1.Objective.GoalOneofCase.TargetEfficiency:
                var efficiency = objective.TargetEfficiency;
                switch (efficiency.TargetCase)
                {
                    case V1.TargetEfficiency.TargetOneofCase.TargetRoas:
                        violations.Positive(efficiency.TargetRoas, path + ".target_efficiency.target_roas");
                        break;
                    case V1.TargetEfficiency.TargetOneofCase.TargetCpa:
                        violations.Positive(efficiency.TargetCpa, path + ".target_efficiency.target_cpa");
                        break;
                    default:
                        violations.Add(path + ".target_efficiency", "required: set target_roas or target_cpa");
                        break;
                }

                break;
            case V1.Objective.GoalOneofCase.MarginalRoasFloor:
                violations.Positive(objective.MarginalRoasFloor.MinMarginalRoas, path + ".marginal_roas_floor.min_marginal_roas");
                break;
        }
    }

    private static void KnownChannels(IList<string> channels, HashSet<string> names, string path, ViolationList violations)
    {
        if (channels.Count == 0)
        {
            violations.Add(path, "at least one channel name is required");
        }

        for (int i = 0; i < channels.Count; i++)
        {
            if (!names.Contains(channels[i]))
            {
                violations.Add($"{path}[{i}]", $"unknown channel '{channels[i]}'");
            }
        }
    }

    private static void ValidateOptions(V1.SolveOptions? options, string path, ViolationList violations)
    {
        if (options is null)
        {
            return;
        }

        if (options.HasRelativeGapTolerance && !(options.RelativeGapTolerance >= 1e-9 && options.RelativeGapTolerance <= 1))
        {
            violations.Add(path + ".relative_gap_tolerance", ViolationList.Invariant($"must be in [1e-9, 1] (got {options.RelativeGapTolerance})"));
        }

        var limit = options.TimeLimit;
        if (limit is not null && (limit.Seconds < 0 || limit.Seconds > Google.Protobuf.WellKnownTypes.Duration.MaxSeconds || limit.Nanos < 0 || limit.Nanos >= 1_000_000_000 || (limit.Seconds == 0 && limit.Nanos == 0)))
        {
            violations.Add(path + ".time_limit", "must be a positive duration");
        }
    }
}
