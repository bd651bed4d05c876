using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Optimizer.Fitting.MarketingMix;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>Maps a <see cref="MarketingMixResult"/> to <see cref="V1.FitMarketingMixResponse"/>.</summary>
public static class MixResultMapping
{
    /// <summary>The response: channels in request order (dropped ones omitted), train and holdout quality, decomposition.</summary>
    /// <param name="result">The fit.</param>
    public static V1.FitMarketingMixResponse ToResponse(MarketingMixResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new V1.FitMarketingMixResponse
        {
            Channels = { result.Channels.Select(ToProto) },
            Train = FitValueMapping.ToProto(result.Train),
            Holdout = result.Holdout is { } holdout ? FitValueMapping.ToProto(holdout) : null,
            Decomposition = { result.Decomposition.Select(ToProto) },
            DroppedChannelNames = { result.DroppedChannels },
            BootstrapDrawCount = result.BootstrapDraws,
            WallTime = Duration.FromTimeSpan(result.Elapsed),
        };
    }

    /// <summary>
    /// One channel: its steady-state curve (with the bootstrap draws as <see cref="V1.ResponseCurve.Draws"/>), native
    /// parameters, spend, contribution, ROAS and marginal ROAS with their intervals.
    /// </summary>
    /// <param name="channel">The channel's fit.</param>
    public static V1.ChannelMixFit ToProto(ChannelFit channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new V1.ChannelMixFit
        {
            Name = channel.Name,
            Curve = FitValueMapping.ToProto(channel.Curve, channel.Draws.Select(d => d.Curve)),
            Parameters = { channel.Parameters.Select(FitValueMapping.ToProto) },
            TotalSpend = FitValueMapping.Finite(channel.TotalSpend),
            Contribution = FitValueMapping.Finite(channel.Contribution),
            ContributionShare = FitValueMapping.Finite(channel.ContributionShare),
            Roas = FitValueMapping.Finite(channel.Roas),
            RoasInterval90 = FitValueMapping.ToProto(channel.RoasInterval90),
            RoasInterval95 = FitValueMapping.ToProto(channel.RoasInterval95),
            CurrentSpend = FitValueMapping.Finite(channel.CurrentSpend),
            MarginalRoas = FitValueMapping.Finite(channel.MarginalRoas),
            MarginalRoasInterval90 = FitValueMapping.ToProto(channel.MarginalRoasInterval90),
            NearLinear = channel.NearLinear,
            Diagnostics = { channel.Diagnostics },
        };
    }

    /// <summary>One period of the decomposition (date as YYYY-MM-DD).</summary>
    /// <param name="period">The period.</param>
    public static V1.PeriodDecomposition ToProto(PeriodDecomposition period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new V1.PeriodDecomposition
        {
            Date = period.Date.ToString(MixRequestMapping.DateFormat, CultureInfo.InvariantCulture),
            Holdout = period.IsHoldout,
            Actual = FitValueMapping.Finite(period.Actual),
            Fitted = FitValueMapping.Finite(period.Fitted),
            Intercept = FitValueMapping.Finite(period.Intercept),
            Trend = FitValueMapping.Finite(period.Trend),
            Seasonality = FitValueMapping.Finite(period.Seasonality),
            Controls = FitValueMapping.Finite(period.Controls.Sum()),
            ChannelContributions = { period.Channels.Select(FitValueMapping.Finite) },
        };
    }
}
