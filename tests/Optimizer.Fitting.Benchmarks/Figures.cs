using System.Globalization;
using Optimizer.Fitting.Csv;
using Optimizer.Fitting.MarketingMix;
using Optimizer.Fitting.Tests.MarketingMix;

namespace Optimizer.Fitting.Benchmarks;

/// <summary>Accuracy figures for docs/fitting.md: published-truth recovery, real-file fits and a synthetic seed study.</summary>
internal static class Figures
{
    public static void Print(TextWriter output, int seeds, MarketingMixOptions synthetic, bool seedsOnly, SpendProfile profile = SpendProfile.Stress, double noise = 0.05)
    {
        if (seedsOnly)
        {
            SeedStudy(output, seeds, synthetic, profile, noise);
            return;
        }

        var roasOptions = new MarketingMixOptions { Saturation = SaturationKind.Logistic, MaxLag = 4, TrendDegree = 2, BootstrapDraws = 200 };
        Report(output, "mmm_roas_data, z as control (truth x1 93.39, x2 171.41)", Read("mmm_roas_data.csv", "date", "y", ["x1", "x2"], ["z"]), roasOptions);
        Report(output, "mmm_roas_data, z as control, profile-likelihood ROAS intervals", Read("mmm_roas_data.csv", "date", "y", ["x1", "x2"], ["z"]), roasOptions with { RoasIntervals = RoasIntervalMethod.ProfileLikelihood });
        Report(output, "mmm_roas_data, without z", Read("mmm_roas_data.csv", "date", "y", ["x1", "x2"], []), roasOptions);
        Report(output, "mmm_roas_data, z, l_max 8, linear trend", Read("mmm_roas_data.csv", "date", "y", ["x1", "x2"], ["z"]), roasOptions with { MaxLag = 8, TrendDegree = 1 });
        Report(output, "mmm_example (truth x1 alpha 0.4 lam 4 beta 3000; x2 0.2, 3, 2000)", Read("mmm_example.csv", "date_week", "y", ["x1", "x2"], ["event_1", "event_2"]), new MarketingMixOptions { Saturation = SaturationKind.Logistic, BootstrapDraws = 200 });
        Report(output, "robyn dt_simulated_weekly", Read("dt_simulated_weekly.csv", "DATE", "revenue", ["tv_S", "ooh_S", "print_S", "facebook_S", "search_S"], ["competitor_sales_B"]), new MarketingMixOptions { BootstrapDraws = 200 });
        Report(output, "meridian national_all_channels", Read("national_all_channels.csv", "time", "conversions", ["Channel0_spend", "Channel1_spend", "Channel2_spend", "Channel3_spend", "Channel4_spend"], ["competitor_sales_control", "sentiment_score_control", "Promo"]), new MarketingMixOptions { BootstrapDraws = 200 });
        SeedStudy(output, seeds, synthetic, SpendProfile.Stress, 0.05);
        SeedStudy(output, seeds, synthetic, SpendProfile.Campaign, 0.05);
        SeedStudy(output, seeds, synthetic, SpendProfile.Planned, 0.05);
        SeedStudy(output, seeds, synthetic, SpendProfile.Flighted, 0.05);
    }

    /// <summary>Meridian national_all_channels under alternative column roles and baselines (holdout metrics decide).</summary>
    public static void Meridian(TextWriter output)
    {
        string[] spend = ["Channel0_spend", "Channel1_spend", "Channel2_spend", "Channel3_spend", "Channel4_spend"];
        string[] controls = ["competitor_sales_control", "sentiment_score_control", "Promo"];
        var withOrganic = Read("national_all_channels.csv", "time", "conversions", spend, [.. controls, "Organic_channel0_impression"]);
        var without = Read("national_all_channels.csv", "time", "conversions", spend, controls);
        foreach (var (name, data) in new[] { ("controls + Promo", without), ("controls + Promo + organic", withOrganic) })
        {
            foreach (int trend in new[] { 0, 1 })
            {
                foreach (int fourier in new[] { 0, 2 })
                {
                    foreach (double tau in new[] { 0.0, 0.3 })
                    {
                        Report(output, Invariant($"meridian {name}, trend {trend}, fourier {fourier}, shape prior {tau}"), data, new MarketingMixOptions { TrendDegree = trend, FourierOrder = fourier, ShapePriorSd = tau });
                    }
                }
            }
        }
    }

    private static MarketingMixData Read(string file, string date, string outcome, string[] channels, string[] controls) =>
        WideCsvReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", file), new WideCsvColumns(date, outcome, channels, controls));

    private static void Report(TextWriter output, string title, MarketingMixData data, MarketingMixOptions options)
    {
        var r = new MarketingMixFitter().Fit(data, options);
        output.WriteLine(Invariant($"## {title}: {r.Elapsed.TotalMilliseconds:F0} ms; train R2 {r.Train.RSquared:F3} NRMSE {r.Train.Nrmse:F3} MAPE {r.Train.Mape:P1}; holdout R2 {r.Holdout?.RSquared:F3} NRMSE {r.Holdout?.Nrmse:F3} MAPE {r.Holdout?.Mape:P1}"));
        foreach (var c in r.Channels)
        {
            string parameters = string.Join(", ", c.Parameters.Select(p => Invariant($"{p.Name} {p.Value:G4} [{p.Interval95?.Lower:G3}, {p.Interval95?.Upper:G3}]")));
            output.WriteLine(Invariant($"  {c.Name}: ROAS {c.Roas:G4} 90% [{c.RoasInterval90?.Lower:G4}, {c.RoasInterval90?.Upper:G4}], mROAS {c.MarginalRoas:G4}, share {c.ContributionShare:P1}, near-linear {c.NearLinear}; {parameters}"));
        }
    }

    private static void SeedStudy(TextWriter output, int seeds, MarketingMixOptions options, SpendProfile profile, double noise)
    {
        var inside = new int[SyntheticMix.Names.Length];
        var within = new int[SyntheticMix.Names.Length];
        var basic = new int[SyntheticMix.Names.Length];
        var big = new int[SyntheticMix.Names.Length];
        var errors = new List<double>[SyntheticMix.Names.Length];
        for (int c = 0; c < errors.Length; c++)
        {
            errors[c] = [];
        }

        for (int seed = 1; seed <= seeds; seed++)
        {
            var mix = new SyntheticMix(seed, noise: noise, profile: profile);
            var r = new MarketingMixFitter().Fit(mix.ToData(), options);
            for (int c = 0; c < SyntheticMix.Names.Length; c++)
            {
                var fit = r.Channels[c];
                inside[c] += fit.RoasInterval90?.Contains(mix.TrueRoas[c]) == true ? 1 : 0;
                if (fit.RoasInterval90 is { } pi)
                {
                    basic[c] += (2 * fit.Roas) - pi.Upper <= mix.TrueRoas[c] && mix.TrueRoas[c] <= (2 * fit.Roas) - pi.Lower ? 1 : 0;
                }

                double error = (fit.Roas / mix.TrueRoas[c]) - 1;
                errors[c].Add(Math.Abs(error));
                if (mix.SpendShare[c] >= 0.2)
                {
                    big[c]++;
                    within[c] += Math.Abs(error) <= 0.10 ? 1 : 0;
                }
            }
        }

        output.WriteLine(Invariant($"## synthetic seed study ({profile} profile, {seeds} seeds, 156 weeks, {noise:P0} noise, {options.BootstrapDraws} draws, shape prior sd {options.ShapePriorSd}, {options.BootstrapStarts} bootstrap starts)"));
        for (int c = 0; c < SyntheticMix.Names.Length; c++)
        {
            var sorted = errors[c].OrderBy(v => v).ToArray();
            output.WriteLine(Invariant($"  {SyntheticMix.Names[c]}: true ROAS in 90% interval {inside[c]}/{seeds} (basic {basic[c]}); median |error| {sorted[sorted.Length / 2]:P0}; within 10% {within[c]}/{big[c]} seeds with >= 20% of spend"));
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
