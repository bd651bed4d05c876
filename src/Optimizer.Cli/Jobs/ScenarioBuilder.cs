using Optimizer.Contracts.Mapping;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Jobs;

/// <summary>
/// Turns fitted curves into next period's scenario: each channel with its fitted curve, its current spend (mean of
/// the last <see cref="AllocationSpec.CurrentSpendPeriods"/> periods) and relative bounds; the budget from
/// <see cref="BudgetSpec"/>; and the frontier around that budget.
/// </summary>
internal static class ScenarioBuilder
{
    /// <summary>The AllocateBudget request of the job.</summary>
    /// <exception cref="CliException">The allocation settings are invalid (exit code 2).</exception>
    public static V1.AllocateBudgetRequest Allocation(MixFit fit, AllocationSpec spec)
    {
        if (spec.CurrentSpendPeriods < 1 || spec.CurrentSpendPeriods > fit.Data.PeriodCount)
        {
            throw CliException.Invalid($"allocation.current_spend_periods must be in [1, {fit.Data.PeriodCount}] (got {spec.CurrentSpendPeriods})");
        }

        var request = new V1.AllocateBudgetRequest
        {
            Budget = new V1.Budget { Total = Budget(fit, spec), Mode = BudgetMode(spec.Budget.Mode) },
            CurrencyCode = spec.CurrencyCode ?? "",
            ResponseUnit = spec.ResponseUnit ?? fit.Data.OutcomeName,
        };
        if (spec.ValuePerResponse is { } value)
        {
            request.ValuePerResponse = value;
        }

        if (spec.RelativeGapTolerance is { } gap)
        {
            request.Options = new V1.SolveOptions { RelativeGapTolerance = gap };
        }

        foreach (var channel in fit.Result.Channels)
        {
            var proto = new V1.Channel { Name = channel.Name, Curve = CurveMapping.ToProto(channel.Curve), CurrentSpend = channel.CurrentSpend };
            if (spec.MinSpendRatio is { } min)
            {
                proto.MinSpendRatio = min;
            }

            if (spec.MaxSpendRatio is { } max)
            {
                proto.MaxSpendRatio = max;
            }

            request.Channels.Add(proto);
        }

        return request;
    }

    /// <summary>The frontier request around the plan's budget, or null when the spec asks for none.</summary>
    public static V1.ComputeBudgetFrontierRequest? Frontier(V1.AllocateBudgetRequest scenario, FrontierSpec spec)
    {
        if (spec.PointCount < 2)
        {
            return null;
        }

        double budget = scenario.Budget.Total;
        return new V1.ComputeBudgetFrontierRequest
        {
            Scenario = scenario.Clone(),
            MinBudget = budget * spec.MinRatio,
            MaxBudget = budget * spec.MaxRatio,
            PointCount = spec.PointCount,
        };
    }

    private static double Budget(MixFit fit, AllocationSpec spec)
    {
        if (spec.Budget.Total is { } total)
        {
            return total;
        }

        int periods = spec.Budget.LastPeriodsAverage ?? spec.CurrentSpendPeriods;
        int n = fit.Data.PeriodCount;
        if (periods < 1 || periods > n)
        {
            throw CliException.Invalid($"allocation.budget.last_periods_average must be in [1, {n}] (got {periods})");
        }

        var kept = fit.Result.Channels.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        double sum = 0;
        foreach (var series in fit.Data.Channels.Where(c => kept.Contains(c.Name)))
        {
            for (int t = n - periods; t < n; t++)
            {
                sum += series.Values[t];
            }
        }

        return sum / periods * spec.Budget.Scale;
    }

    private static V1.BudgetMode BudgetMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "exact" => V1.BudgetMode.Exact,
        "at_most" => V1.BudgetMode.AtMost,
        _ => throw CliException.Invalid($"allocation.budget.mode: '{mode}' is not exact or at_most"),
    };
}
