using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Validation;

/// <summary>
/// Checks the input rules of an <see cref="AllocationProblem"/> and reports every violation at once, with
/// field paths in the API's snake_case names (e.g. "channels[2].max_spend").
/// </summary>
internal static class ProblemValidator
{
    /// <summary>Throws <see cref="ProblemValidationException"/> listing every broken rule.</summary>
    public static void Validate(AllocationProblem problem)
    {
        var errors = new List<FieldViolation>();
        if (problem.Channels.Count == 0)
        {
            errors.Add(new("channels", "at least one channel is required"));
        }

        CheckNumber(errors, "budget.total", problem.Budget, allowZero: true);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < problem.Channels.Count; i++)
        {
            CheckChannel(errors, problem.Channels[i], i, names);
            CheckMagnitude(errors, problem.Channels[i], i, Math.Min(problem.Channels[i].MaxSpend, problem.Budget));
        }

        CheckGroups(errors, problem);
        CheckRatios(errors, problem);
        if (problem.MaxActiveChannels is int k && k < 1)
        {
            errors.Add(new("max_active_channels", MessageFormat.Invariant($"must be at least 1 (got {k})")));
        }

        CheckObjective(errors, problem.Goal);
        if (errors.Count > 0)
        {
            throw new ProblemValidationException(errors);
        }
    }

    private static void CheckChannel(List<FieldViolation> errors, ChannelSpec c, int i, Dictionary<string, int> names)
    {
        // Field paths are built only for violations: valid channels (the common case) allocate nothing here.
        string At(string field) => MessageFormat.Invariant($"channels[{i}].{field}");
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            errors.Add(new(At("name"), "must not be empty"));
        }
        else if (!names.TryAdd(c.Name, i))
        {
            errors.Add(new(At("name"), MessageFormat.Invariant($"duplicate channel name \"{c.Name}\" (also channels[{names[c.Name]}])")));
        }

        if (!IsNumber(c.CurrentSpend, allowZero: true))
        {
            CheckNumber(errors, At("current_spend"), c.CurrentSpend, allowZero: true);
        }

        if (!IsNumber(c.MinSpend, allowZero: true))
        {
            CheckNumber(errors, At("min_spend"), c.MinSpend, allowZero: true);
        }
        if (!(c.MaxSpend >= 0) || double.IsNegativeInfinity(c.MaxSpend))
        {
            errors.Add(new(At("max_spend"), MessageFormat.Invariant($"must be a number >= 0 (got {c.MaxSpend})")));
        }
        else if (c.MinSpend > c.MaxSpend)
        {
            errors.Add(new(At("min_spend"), MessageFormat.Invariant($"min_spend {c.MinSpend} is above max_spend {c.MaxSpend}")));
        }

        if (c.Locked && (c.CurrentSpend < c.MinSpend || c.CurrentSpend > c.MaxSpend) && !(c.SemiContinuous && c.CurrentSpend == 0))
        {
            errors.Add(new(At("locked"), MessageFormat.Invariant($"locked at current_spend {c.CurrentSpend}, which is outside [min_spend {c.MinSpend}, max_spend {c.MaxSpend}]")));
        }

        if (!(c.ValuePerResponse > 0) || !double.IsFinite(c.ValuePerResponse))
        {
            errors.Add(new(At("value_per_response"), MessageFormat.Invariant($"must be a finite number > 0 (got {c.ValuePerResponse})")));
        }

        if (!(c.SpendStep >= 0) || !double.IsFinite(c.SpendStep))
        {
            errors.Add(new(At("spend_step"), MessageFormat.Invariant($"must be a finite number > 0 (got {c.SpendStep})")));
        }

        if (c.SemiContinuous && !(c.MinSpend > 0))
        {
            errors.Add(new(At("min_spend_if_active"), "must be > 0"));
        }
    }

    /// <summary>Largest value (value_per_response × response) a channel may reach: sums of n of them stay finite.</summary>
    public const double MaxValue = 1e200;

    /// <summary>
    /// Rejects channels whose value at the largest spend they can get (or at their current spend) is beyond
    /// <see cref="MaxValue"/>: totals over channels would overflow double precision. Curves are non-decreasing
    /// (<see cref="Numerics.Curves.IResponseCurve"/>), so one evaluation at the larger of the two spends decides.
    /// </summary>
    public static void CheckMagnitude(List<FieldViolation> errors, ChannelSpec c, int i, double spend)
    {
        bool spendValid = spend >= 0 && double.IsFinite(spend);
        bool currentValid = c.CurrentSpend >= 0 && double.IsFinite(c.CurrentSpend);
        if (!(spendValid || currentValid) || !(c.ValuePerResponse > 0))
        {
            return;
        }

        double x = spendValid && currentValid ? Math.Max(spend, c.CurrentSpend) : spendValid ? spend : c.CurrentSpend;
        double value = c.ValuePerResponse * c.Curve.Value(x);
        if (!(value <= MaxValue))
        {
            errors.Add(new(MessageFormat.Invariant($"channels[{i}].curve"), MessageFormat.Invariant($"value_per_response × response reaches {value} at spend {x}; values above {MaxValue} are not supported (rescale the outcome units)")));
        }
    }

    private static void CheckGroups(List<FieldViolation> errors, AllocationProblem problem)
    {
        for (int g = 0; g < problem.GroupConstraints.Count; g++)
        {
            var group = problem.GroupConstraints[g];
            string at = MessageFormat.Invariant($"groups[{g}]");
            CheckMembers(errors, $"{at}.channels", group.Channels, problem.Channels.Count);
            CheckRange(errors, at, "min_spend", group.MinSpend, "max_spend", group.MaxSpend, double.PositiveInfinity);
            CheckRange(errors, at, "min_share", group.MinShare, "max_share", group.MaxShare, 1.0);
        }
    }

    private static void CheckRatios(List<FieldViolation> errors, AllocationProblem problem)
    {
        for (int r = 0; r < problem.RatioConstraints.Count; r++)
        {
            var ratio = problem.RatioConstraints[r];
            string at = MessageFormat.Invariant($"ratios[{r}]");
            CheckMembers(errors, $"{at}.numerator_channels", ratio.Numerator, problem.Channels.Count);
            CheckMembers(errors, $"{at}.denominator_channels", ratio.Denominator, problem.Channels.Count);
            if (ratio.Numerator.Intersect(ratio.Denominator).Any())
            {
                errors.Add(new($"{at}.denominator_channels", "must not share channels with numerator_channels"));
            }

            CheckRange(errors, at, "min_ratio", ratio.MinRatio, "max_ratio", ratio.MaxRatio, double.PositiveInfinity);
            if (ratio.MinRatio is null && ratio.MaxRatio is null)
            {
                errors.Add(new($"{at}.max_ratio", "set min_ratio, max_ratio or both"));
            }
        }
    }

    private static void CheckObjective(List<FieldViolation> errors, Objective goal)
    {
        string? field = goal.Kind switch
        {
            ObjectiveKind.ReachResponseTarget => "objective.reach_response_target.target_response",
            ObjectiveKind.TargetRoas => "objective.target_efficiency.target_roas",
            ObjectiveKind.TargetCpa => "objective.target_efficiency.target_cpa",
            ObjectiveKind.MarginalRoasFloor => "objective.marginal_roas_floor.min_marginal_roas",
            _ => null,
        };
        if (field is not null && (!(goal.Target > 0) || !double.IsFinite(goal.Target)))
        {
            errors.Add(new(field, MessageFormat.Invariant($"must be a finite number > 0 (got {goal.Target})")));
        }
    }

    private static void CheckMembers(List<FieldViolation> errors, string field, IReadOnlyList<int> members, int n)
    {
        if (members.Count == 0)
        {
            errors.Add(new(field, "must name at least one channel"));
        }

        if (members.Any(m => m < 0 || m >= n))
        {
            errors.Add(new(field, "names a channel that is not in the scenario"));
        }

        if (members.Distinct().Count() != members.Count)
        {
            errors.Add(new(field, "names a channel twice"));
        }
    }

    private static void CheckRange(List<FieldViolation> errors, string at, string minName, double? min, string maxName, double? max, double limit)
    {
        foreach (var (name, value) in new[] { (minName, min), (maxName, max) })
        {
            if (value is double v && (!(v >= 0) || !double.IsFinite(v) || v > limit))
            {
                errors.Add(new($"{at}.{name}", double.IsPositiveInfinity(limit) ? MessageFormat.Invariant($"must be a finite number >= 0 (got {v})") : MessageFormat.Invariant($"must be in [0, {limit}] (got {v})")));
            }
        }

        if (min is double lo && max is double hi && lo > hi)
        {
            errors.Add(new($"{at}.{minName}", MessageFormat.Invariant($"{minName} {lo} is above {maxName} {hi}")));
        }
    }

    private static bool IsNumber(double value, bool allowZero) => double.IsFinite(value) && value >= 0 && (allowZero || value != 0);

    private static void CheckNumber(List<FieldViolation> errors, string field, double value, bool allowZero)
    {
        if (!IsNumber(value, allowZero))
        {
            errors.Add(new(field, MessageFormat.Invariant($"must be a finite number {(allowZero ? ">=" : ">")} 0 (got {value})")));
        }
    }

}
