using Optimizer.Allocation.Model;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>
/// Totals of a split: Σ spend, Σ response, value = Σ v_i·response_i (v_i the channel's value per outcome unit),
/// ROAS = value / spend (unset at zero spend), CPA = spend / response (unset at zero response), and the same
/// sums at today's spends.
/// </summary>
public static class TotalsMapping
{
    /// <summary>Sums a split; <paramref name="specs"/> gives each channel's value per response, same order.</summary>
    public static V1.AllocationTotals ToTotals(IReadOnlyList<ChannelAllocation> channels, IReadOnlyList<ChannelSpec> specs)
    {
        double spend = 0, response = 0, value = 0, currentSpend = 0, currentResponse = 0, currentValue = 0;
        for (int i = 0; i < channels.Count; i++)
        {
            double v = specs[i].ValuePerResponse;
            spend += channels[i].Spend;
            response += channels[i].Response;
            value += v * channels[i].Response;
            currentSpend += channels[i].CurrentSpend;
            currentResponse += channels[i].CurrentResponse;
            currentValue += v * channels[i].CurrentResponse;
        }

        var totals = new V1.AllocationTotals
        {
            Spend = ResultMapping.Finite(spend, "totals.spend"),
            Response = ResultMapping.Finite(response, "totals.response"),
            Value = ResultMapping.Finite(value, "totals.value"),
            CurrentSpend = ResultMapping.Finite(currentSpend, "totals.current_spend"),
            CurrentResponse = ResultMapping.Finite(currentResponse, "totals.current_response"),
            CurrentValue = ResultMapping.Finite(currentValue, "totals.current_value"),
        };
        if (spend > 0 && double.IsFinite(value / spend))
        {
            totals.Roas = value / spend;
        }

        if (response > 0 && double.IsFinite(spend / response))
        {
            totals.Cpa = spend / response;
        }

        return totals;
    }
}
