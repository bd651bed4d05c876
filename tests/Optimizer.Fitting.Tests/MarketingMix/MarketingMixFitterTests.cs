using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Fitting.Tests.MarketingMix;

/// <summary>Input rules of the marketing-mix fit and structural properties of its result.</summary>
public class MarketingMixFitterTests
{
    [Fact]
    public void Fit_ZeroSpendChannel_ThrowsNamingItUnlessDropped()
    {
        var mix = new SyntheticMix(seed: 1);
        var data = WithExtraChannel(mix, "podcast", new double[mix.Dates.Length]);

        var error = Assert.Throws<FittingInputException>(() => new MarketingMixFitter().Fit(data));
        var result = new MarketingMixFitter().Fit(data, new MarketingMixOptions { DropZeroSpendChannels = true, Starts = 2 });

        Assert.Equal("podcast", Assert.Single(error.Violations).Field);
        Assert.Equal(InputRules.ZeroSpendChannel, error.Violations[0].Rule);
        Assert.Equal(["podcast"], result.DroppedChannels);
        Assert.DoesNotContain(result.Channels, c => c.Name == "podcast");
    }

    [Fact]
    public void Fit_FewerRowsThanParameters_Throws()
    {
        var mix = new SyntheticMix(seed: 1, weeks: 20);

        var error = Assert.Throws<FittingInputException>(() => new MarketingMixFitter().Fit(mix.ToData()));

        Assert.Equal(InputRules.TooFewRows, Assert.Single(error.Violations).Rule);
    }

    [Fact]
    public void Fit_FlightedChannel_FitsAndDecompositionAddsUp()
    {
        // radio is on in about 20 of 156 weeks.
        var mix = new SyntheticMix(seed: 2);

        var result = new MarketingMixFitter().Fit(mix.ToData(), new MarketingMixOptions { NormalizeAdstock = false, Starts = 3 });

        var radio = result.Channels.Single(c => c.Name == "radio");
        Assert.True(radio.Roas >= 0 && double.IsFinite(radio.Roas));
        Assert.True(double.IsFinite(radio.Curve.Value(radio.CurrentSpend + 1_000)));
        Assert.Equal(156, result.Decomposition.Count);
        foreach (var row in result.Decomposition)
        {
            double sum = row.Intercept + row.Trend + row.Seasonality + row.Controls.Sum() + row.Channels.Sum();
            Assert.Equal(row.Fitted, sum, 1e-6 * Math.Abs(row.Fitted));
        }

        double tvContribution = result.Decomposition.Sum(r => r.Channels[0]);
        Assert.Equal(result.Channels[0].Contribution, tvContribution, 1e-6 * tvContribution);
        Assert.NotNull(result.Holdout);
    }

    [Fact]
    public void Fit_NeverSaturatingChannel_IsFlaggedNearLinear()
    {
        var mix = new SyntheticMix(seed: 3);
        var random = new Random(11);
        var spend = mix.Dates.Select(_ => random.NextDouble() < 0.2 ? 0 : 10_000 * random.NextDouble()).ToArray();
        var outcome = mix.Outcome.Select((y, t) => y + (4 * spend[t])).ToArray();
        var data = new MarketingMixData(mix.Dates, [.. mix.ToData().Channels, new NamedSeries("linear", spend)], outcome, mix.ToData().Controls);

        var result = new MarketingMixFitter().Fit(data, new MarketingMixOptions { NormalizeAdstock = false, Starts = 3 });

        var linear = result.Channels.Single(c => c.Name == "linear");
        Assert.True(linear.NearLinear, $"elasticity {linear.ElasticityAtMaxSpend} roas {linear.Roas} params {string.Join(",", linear.Parameters.Select(p => p.Name + "=" + p.Value))}");
        Assert.Contains(linear.Diagnostics, d => d.Contains("near-linear", StringComparison.Ordinal) || d.Contains("bound", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_CancelledToken_Throws()
    {
        var data = new SyntheticMix(seed: 1).ToData();

        Assert.ThrowsAny<OperationCanceledException>(() => new MarketingMixFitter().Fit(data, cancellationToken: new CancellationToken(true)));
    }

    private static MarketingMixData WithExtraChannel(SyntheticMix mix, string name, double[] spend)
    {
        var data = mix.ToData();
        return new MarketingMixData(data.Dates, [.. data.Channels, new NamedSeries(name, spend)], data.Outcome, data.Controls);
    }
}
