using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Validation;

/// <summary>Structural rules of an <see cref="V1.EvaluateAllocationRequest"/>.</summary>
public static class EvaluateValidator
{
    /// <summary>Records every structural violation of <paramref name="request"/> and returns them (the caller throws).</summary>
    public static ViolationList Validate(V1.EvaluateAllocationRequest request, RequestLimits limits)
    {
        var violations = new ViolationList();
        ChannelValidator.ValidateList(request.Channels, limits, "channels", violations);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < request.Channels.Count; i++)
        {
            string name = request.Channels[i].Name;
            violations.NonNegative(request.Channels[i].CurrentSpend, $"channels[{i}].current_spend");
            if (string.IsNullOrWhiteSpace(name))
            {
                violations.Add($"channels[{i}].name", "required: a non-empty channel name");
            }
            else if (!names.Add(name))
            {
                violations.Add($"channels[{i}].name", $"duplicate channel name '{name}'");
            }
        }

        var spent = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < request.Spends.Count; j++)
        {
            var spend = request.Spends[j];
            if (!names.Contains(spend.Name))
            {
                violations.Add($"spends[{j}].name", $"unknown channel '{spend.Name}'");
            }
            else if (!spent.Add(spend.Name))
            {
                violations.Add($"spends[{j}].name", $"channel '{spend.Name}' is listed twice");
            }

            violations.NonNegative(spend.Spend, $"spends[{j}].spend");
        }

        if (request.HasValuePerResponse)
        {
            violations.Positive(request.ValuePerResponse, "value_per_response");
        }

        return violations;
    }
}
