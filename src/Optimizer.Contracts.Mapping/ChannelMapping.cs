using Optimizer.Allocation.Model;
using Optimizer.Contracts.Mapping.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>
/// Maps proto channels to <see cref="ChannelSpec"/>: builds the curve and resolves the bounds.
/// Lower bound = max(min_spend, min_spend_ratio × current_spend, min_spend_if_active); upper bound =
/// min(max_spend, max_spend_ratio × current_spend), +∞ when neither is set. A channel with
/// min_spend_if_active is semi-continuous: 0 or within the bounds.
/// </summary>
public static class ChannelMapping
{
    /// <summary>
    /// Maps every channel. Curve parameters a family rejects are recorded in <paramref name="violations"/>
    /// (with the structural violations found before, so the caller reports them all at once); null is returned
    /// when any violation is recorded.
    /// </summary>
    /// <param name="channels">Proto channels (structure validated; channels without a curve family are skipped).</param>
    /// <param name="defaultValuePerResponse">The request's value per outcome unit, used where a channel sets none.</param>
    /// <param name="prefix">Path of the channel list's parent ("" or "scenario.").</param>
    /// <param name="violations">Violations found so far; curve violations are added.</param>
    public static ChannelSpec[]? ToSpecs(IReadOnlyList<V1.Channel> channels, double defaultValuePerResponse, string prefix, ViolationList violations)
    {
        var specs = new ChannelSpec[channels.Count];
        for (int i = 0; i < channels.Count; i++)
        {
            if (channels[i].Curve is not { FamilyCase: not V1.ResponseCurve.FamilyOneofCase.None } proto)
            {
                continue;
            }

            var curve = CurveMapping.ToCurve(proto, $"{prefix}channels[{i}].curve", violations);
            if (curve is not null)
            {
                specs[i] = ToSpec(channels[i], curve, defaultValuePerResponse);
            }
        }

        return violations.Any ? null : specs;
    }

    private static ChannelSpec ToSpec(V1.Channel channel, Numerics.Curves.IResponseCurve curve, double defaultValuePerResponse)
    {
        double current = channel.CurrentSpend;
        double min = channel.HasMinSpend ? channel.MinSpend : 0;
        if (channel.HasMinSpendRatio)
        {
            min = Math.Max(min, channel.MinSpendRatio * current);
        }

        if (channel.HasMinSpendIfActive)
        {
            min = Math.Max(min, channel.MinSpendIfActive);
        }

        double max = channel.HasMaxSpend ? channel.MaxSpend : double.PositiveInfinity;
        if (channel.HasMaxSpendRatio)
        {
            max = Math.Min(max, channel.MaxSpendRatio * current);
        }

        return new ChannelSpec(
            channel.Name,
            curve,
            current,
            min,
            max,
            Locked: channel.Locked,
            SemiContinuous: channel.HasMinSpendIfActive,
            SpendStep: channel.HasSpendStep ? channel.SpendStep : 0,
            ValuePerResponse: channel.HasValuePerResponse ? channel.ValuePerResponse : defaultValuePerResponse);
    }
}
