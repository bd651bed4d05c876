using Google.Protobuf.Collections;

using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Validation;

/// <summary>
/// Structural rules of channel lists: count within limits, a curve family set, and the optional fields the
/// service resolves itself (relative bounds, semi-continuous minimum, step, value per response).
/// </summary>
public static class ChannelValidator
{
    /// <summary>Records every structural violation of <paramref name="channels"/> found at <paramref name="path"/>.</summary>
    public static void ValidateList(RepeatedField<V1.Channel> channels, RequestLimits limits, string path, ViolationList violations)
    {
        if (channels.Count == 0)
        {
            violations.Add(path, "at least one channel is required");
        }
        else if (channels.Count > limits.MaxChannels)
        {
            violations.Add(path, ViolationList.Invariant($"at most {limits.MaxChannels} channels per request (got {channels.Count})"));
        }

        for (int i = 0; i < channels.Count; i++)
        {
            Validate(channels[i], $"{path}[{i}]", violations);
        }
    }

    private static void Validate(V1.Channel channel, string path, ViolationList violations)
    {
        if (channel.Curve is null || channel.Curve.FamilyCase == V1.ResponseCurve.FamilyOneofCase.None)
        {
            violations.Add(path + ".curve", "required: set one curve family (hill, exponential, logarithmic, power, michaelis_menten, piecewise_linear, logistic, weibull)");
        }

        if (channel.HasMinSpendRatio)
        {
            violations.NonNegative(channel.MinSpendRatio, path + ".min_spend_ratio");
        }

        if (channel.HasMaxSpendRatio)
        {
            violations.NonNegative(channel.MaxSpendRatio, path + ".max_spend_ratio");
        }

        if (channel.HasMinSpendIfActive)
        {
            violations.Positive(channel.MinSpendIfActive, path + ".min_spend_if_active");
        }

        if (channel.HasSpendStep)
        {
            violations.Positive(channel.SpendStep, path + ".spend_step");
        }

        if (channel.HasValuePerResponse)
        {
            violations.Positive(channel.ValuePerResponse, path + ".value_per_response");
        }
    }
}
