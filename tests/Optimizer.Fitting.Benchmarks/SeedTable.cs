using System.Globalization;
using Optimizer.Fitting.MarketingMix;
using Optimizer.Fitting.Tests.MarketingMix;

namespace Optimizer.Fitting.Benchmarks;

/// <summary>Per-seed signed ROAS errors and fitted vs true curve parameters of the synthetic mix (point fits, no bootstrap).</summary>
internal static class SeedTable
{
    public static void Print(TextWriter output, int seeds, MarketingMixOptions options, SpendProfile profile = SpendProfile.Stress, int firstSeed = 1)
    {
        var inside = new int[SyntheticMix.Names.Length];
        var within = new int[SyntheticMix.Names.Length];
        var big = new int[SyntheticMix.Names.Length];
        var squared = new double[SyntheticMix.Names.Length];
        var bound = new double[SyntheticMix.Names.Length];
        for (int seed = firstSeed; seed < firstSeed + seeds; seed++)
        {
            var mix = new SyntheticMix(seed, profile: profile);
            var r = new MarketingMixFitter().Fit(mix.ToData(), options);
            var oracleErrors = SyntheticOracle.Errors(mix);
            var parts = r.Channels.Select((c, i) => string.Create(CultureInfo.InvariantCulture,
                $"{c.Name} {((c.Roas / mix.TrueRoas[i]) - 1) * 100,6:F2}% [{(c.RoasInterval90?.Lower / mix.TrueRoas[i]) ?? 0:F3},{(c.RoasInterval90?.Upper / mix.TrueRoas[i]) ?? 0:F3}]{(c.RoasInterval90?.Contains(mix.TrueRoas[i]) == false ? " OUT" : string.Empty)} oracle {oracleErrors[i] * 100:F1}% k̃ {c.Parameters[1].Value / mix.TrueCurveKappa[i] / (c.Parameters[0].Value is var a ? (1 - Math.Pow(a, 8)) / (1 - a) : 1):F2} s {c.Parameters[2].Value:F2}"));
            var (x, _) = SyntheticOracle.Design(mix);
            var y = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(mix.Outcome);
            double oracleRmse = Math.Sqrt((y - (x * x.QR().Solve(y))).PointwisePower(2).Sum() / y.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed,2} {r.Elapsed.TotalMilliseconds,5:F0} ms RMSE fit/oracle {r.InSample.Rmse / oracleRmse:F4}: ") + string.Join(" | ", parts));
            var free = SyntheticOracle.FreeShapeStandardErrors(mix);
            for (int c = 0; c < SyntheticMix.Names.Length; c++)
            {
                double e = (r.Channels[c].Roas / mix.TrueRoas[c]) - 1;
                squared[c] += e * e / seeds;
                bound[c] += free[c] / seeds;
                inside[c] += r.Channels[c].RoasInterval90?.Contains(mix.TrueRoas[c]) == true ? 1 : 0;
                if (mix.SpendShare[c] >= 0.2)
                {
                    big[c]++;
                    within[c] += Math.Abs((r.Channels[c].Roas / mix.TrueRoas[c]) - 1) <= 0.10 ? 1 : 0;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{profile}, seeds {firstSeed}-{firstSeed + seeds - 1}: ") + string.Join(" | ", SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} inside {inside[c]} within {within[c]}/{big[c]} RMS {Math.Sqrt(squared[c]):P1} (free-shape SE {bound[c]:P1})"))));
    }
}

/// <summary>Oracle (<see cref="SyntheticOracle"/>): ROAS error when the true adstock/saturation shapes are known and only the linear coefficients are estimated (OLS).</summary>
internal static class OracleTable
{
    /// <summary>
    /// Mean oracle standard error of each channel's ROAS, σ·√[(XᵀX)⁻¹]_cc relative to the truth, over the design-calibration
    /// seeds 101..100+<paramref name="seeds"/> (disjoint from the evaluation seeds 1–20): the information in a spend design.
    /// Also the mean spend share, true ROAS, media share of the outcome and the RMS of the oracle's actual errors (≈ the SE).
    /// </summary>
    public static void PrintStandardErrors(TextWriter output, int seeds, SpendProfile profile, double noise)
    {
        var oracle = SyntheticOracle.Summarize(profile, seeds, noise, freeShapes: true);
        var (se, worst, rms, share, roas, media) = (oracle.StandardError, oracle.WorstStandardError, oracle.RmsError, oracle.SpendShare, oracle.TrueRoas, oracle.MediaShare);
        var (free, worstFree) = (oracle.FreeShapeStandardError!, oracle.WorstFreeShapeStandardError!);

        foreach (var (name, which) in new (string, Func<int, int, bool>)[]
        {
            ("free shapes of tv and search only", (c, _) => c < 2),
            ("all adstocks known", (_, k) => k > 1),
            ("all slopes known", (_, k) => k != 3),
            ("all half-saturations known", (_, k) => k != 2),
        })
        {
            var partial = new double[SyntheticMix.Names.Length];
            for (int seed = 101; seed <= 100 + seeds; seed++)
            {
                var e = SyntheticOracle.FreeShapeStandardErrors(new SyntheticMix(seed, noise: noise, profile: profile), which);
                for (int c = 0; c < partial.Length; c++)
                {
                    partial[c] += e[c] / seeds;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SE with {name}: ") + string.Join(" | ", SyntheticMix.Names.Select((n, c) => string.Create(CultureInfo.InvariantCulture, $"{n} {partial[c]:P1}"))));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle SE {profile}, noise {noise:P0}, seeds 101-{100 + seeds}, media {media:P1} of outcome: ") + string.Join(" | ", SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} share {share[c]:P0} ROAS {roas[c]:F2} SE {se[c]:P1} (max {worst[c]:P1}, RMS error {rms[c]:P1}; free shapes SE {free[c]:P1}, max {worstFree[c]:P1})"))));
    }

    public static void Print(TextWriter output, int seeds, SpendProfile profile = SpendProfile.Stress, double noise = 0.05)
    {
        var within = new int[SyntheticMix.Names.Length];
        var big = new int[SyntheticMix.Names.Length];
        var share = new double[SyntheticMix.Names.Length];
        for (int seed = 1; seed <= seeds; seed++)
        {
            var mix = new SyntheticMix(seed, noise: noise, profile: profile);
            var errors = SyntheticOracle.Errors(mix);
            var parts = SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} {errors[c] * 100,6:F1}%"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle seed {seed,2}: ") + string.Join(" | ", parts));
            for (int c = 0; c < SyntheticMix.Names.Length; c++)
            {
                share[c] += mix.SpendShare[c] / seeds;
                if (mix.SpendShare[c] >= 0.2)
                {
                    big[c]++;
                    within[c] += Math.Abs(errors[c]) <= 0.10 ? 1 : 0;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle {profile}, noise {noise:P0}, {seeds} seeds: ") + string.Join(" | ", SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} share {share[c]:P0} within 10% {within[c]}/{big[c]}"))));
    }
}
