using Google.Protobuf.WellKnownTypes;
using Optimizer.Allocation.Model;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>
/// Maps allocator results to proto messages. Optional ratios (ROAS, marginal ROAS, CPA) are left unset when
/// undefined or not finite; a required number that is not finite is a bug and fails the call (INTERNAL), so
/// no response ever carries NaN or Infinity.
/// </summary>
public static class ResultMapping
{
    /// <summary>Maps a solved split to the AllocateBudget response (currency and unit are echoed by the caller).</summary>
    /// <param name="result">The allocator's result.</param>
    /// <param name="specs">The problem's channels, same order as the result's (for value per response).</param>
    public static V1.AllocateBudgetResponse ToResponse(AllocationResult result, IReadOnlyList<ChannelSpec> specs) => new()
    {
        Status = ToStatus(result.Status),
        Channels = { result.Channels.Select(c => ToChannel(c, withBound: true)) },
        Totals = TotalsMapping.ToTotals(result.Channels, specs),
        Certificate = ToCertificate(result),
        BudgetShadowPrice = Finite(result.BudgetShadowPrice, "budget_shadow_price"),
        Constraints = { result.ConstraintPrices.Select(ToConstraint) },
        WallTime = Duration.FromTimeSpan(result.WallTime),
    };

    /// <summary>Maps one frontier point; an infeasible point carries its reason and no split.</summary>
    public static V1.ComputeBudgetFrontierResponse ToFrontierPoint(FrontierPoint point, IReadOnlyList<ChannelSpec> specs)
    {
        var message = new V1.ComputeBudgetFrontierResponse { PointIndex = point.Index, Budget = point.Budget };
        if (point.Result is not { } result)
        {
            message.Status = V1.SolveStatus.Infeasible;
            message.Infeasibility = point.Infeasibility ?? "The constraints cannot all hold at this budget.";
            return message;
        }

        message.Status = ToStatus(result.Status);
        message.Channels.Add(result.Channels.Select(c => ToChannel(c, withBound: true)));
        message.Totals = TotalsMapping.ToTotals(result.Channels, specs);
        message.Certificate = ToCertificate(result);
        message.BudgetShadowPrice = Finite(result.BudgetShadowPrice, "budget_shadow_price");
        return message;
    }

    /// <summary>Maps one channel of a split; <paramref name="withBound"/> false leaves active_bound unset (evaluations).</summary>
    public static V1.ChannelAllocation ToChannel(ChannelAllocation channel, bool withBound)
    {
        var message = new V1.ChannelAllocation
        {
            Name = channel.Name,
            Spend = Finite(channel.Spend, "spend"),
            Response = Finite(channel.Response, "response"),
            CurrentSpend = Finite(channel.CurrentSpend, "current_spend"),
            CurrentResponse = Finite(channel.CurrentResponse, "current_response"),
            SpendChange = Finite(channel.SpendChange, "spend_change"),
            ActiveBound = withBound ? ToBound(channel.ActiveBound) : V1.ActiveBound.Unspecified,
        };
        if (channel.Roas is { } roas && double.IsFinite(roas))
        {
            message.Roas = roas;
        }

        if (channel.MarginalRoas is { } marginal && double.IsFinite(marginal))
        {
            message.MarginalRoas = marginal;
        }

        return message;
    }

    /// <summary>Returns <paramref name="value"/> when finite; otherwise fails the call instead of sending NaN or Infinity.</summary>
    public static double Finite(double value, string field) => double.IsFinite(value)
        ? value
        : throw new InvalidOperationException($"The allocator returned a non-finite {field} ({value}).");

    private static V1.Certificate ToCertificate(AllocationResult result) => new()
    {
        Objective = Finite(result.Objective, "objective"),
        BestBound = Finite(result.BestBound, "best_bound"),
        RelativeGap = Finite(result.RelativeGap, "relative_gap"),
        NodeCount = result.NodeCount,
    };

    private static V1.ConstraintShadowPrice ToConstraint(ConstraintPrice price) => new()
    {
        Constraint = price.Name,
        ShadowPrice = Finite(price.ShadowPrice, "shadow_price"),
        Binding = price.Binding,
    };

    private static V1.SolveStatus ToStatus(SolveStatus status) => status switch
    {
        SolveStatus.Optimal => V1.SolveStatus.Optimal,
        SolveStatus.Feasible => V1.SolveStatus.Feasible,
        _ => V1.SolveStatus.Unspecified,
    };

    private static V1.ActiveBound ToBound(ActiveBound bound) => bound switch
    {
        ActiveBound.None => V1.ActiveBound.None,
        ActiveBound.Min => V1.ActiveBound.Min,
        ActiveBound.Max => V1.ActiveBound.Max,
        ActiveBound.Locked => V1.ActiveBound.Locked,
        ActiveBound.Off => V1.ActiveBound.Off,
        _ => V1.ActiveBound.Unspecified,
    };
}
