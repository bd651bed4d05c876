using System.Globalization;
using Optimizer.Fitting.MarketingMix;
using Optimizer.Fitting.Tests.MarketingMix;

namespace Optimizer.Fitting.Benchmarks;

/// <summary>Per-seed signed ROAS errors and fitted vs true curve parameters of the synthetic mix (point fits, no bootstrap).</summary>
internal static class SeedTable
{
    public static void Print(TextWriter output, int seeds, MarketingMixOptions options, SpendProfile profile = SpendProfile.Stress)
    {
        for (int seed = 1; seed <= seeds; seed++)
        {
            var mix = new SyntheticMix(seed, profile: profile);
            var r = new MarketingMixFitter().Fit(mix.ToData(), options);
            var parts = r.Channels.Select((c, i) => string.Create(CultureInfo.InvariantCulture,
                $"{c.Name} {((c.Roas / mix.TrueRoas[i]) - 1) * 100,6:F1}% [{(c.RoasInterval90?.Lower / mix.TrueRoas[i]) ?? 0:F2},{(c.RoasInterval90?.Upper / mix.TrueRoas[i]) ?? 0:F2}] k̃ {c.Parameters[1].Value / mix.TrueCurveKappa[i] / (c.Parameters[0].Value is var a ? (1 - Math.Pow(a, 8)) / (1 - a) : 1):F2} s {c.Parameters[2].Value:F2}"));
            var (x, _) = OracleTable.Design(mix);
            var y = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(mix.Outcome);
            double oracleRmse = Math.Sqrt((y - (x * x.QR().Solve(y))).PointwisePower(2).Sum() / y.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed,2} {r.Elapsed.TotalMilliseconds,5:F0} ms RMSE fit/oracle {r.InSample.Rmse / oracleRmse:F4}: ") + string.Join(" | ", parts));
        }
    }
}

/// <summary>Oracle: ROAS error when the true adstock/saturation shapes are known and only the linear coefficients are estimated (OLS).</summary>
internal static class OracleTable
{
    /// <summary>
    /// Mean oracle standard error of each channel's ROAS, σ·√[(XᵀX)⁻¹]_cc relative to the truth, over the design-calibration
    /// seeds 101..100+<paramref name="seeds"/> (disjoint from the evaluation seeds 1–20): the information in a spend design.
    /// </summary>
    public static void PrintStandardErrors(TextWriter output, int seeds, SpendProfile profile, double noise)
    {
        var se = new double[SyntheticMix.Names.Length];
        var share = new double[SyntheticMix.Names.Length];
        for (int seed = 101; seed <= 100 + seeds; seed++)
        {
            var mix = new SyntheticMix(seed, noise: noise, profile: profile);
            var (x, pb) = Design(mix);
            var inverse = (x.TransposeThisAndMultiply(x)).Inverse();
            for (int c = 0; c < se.Length; c++)
            {
                se[c] += mix.NoiseSd * Math.Sqrt(inverse[pb + c, pb + c]) / seeds;
                share[c] += mix.SpendShare[c] / seeds;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle SE {profile}, noise {noise:P0}, seeds 101-{100 + seeds}: ") + string.Join(" | ", SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} share {share[c]:P0} SE {se[c]:P1}"))));
    }

    public static (MathNet.Numerics.LinearAlgebra.Matrix<double> X, int MediaOffset) Design(SyntheticMix mix)
    {
        int n = mix.Outcome.Length;
        var cols = new List<double[]>
        {
            Enumerable.Repeat(1.0, n).ToArray(),
            Enumerable.Range(0, n).Select(t => t / (n - 1.0)).ToArray(),
        };
        for (int k = 1; k <= 2; k++)
        {
            cols.Add(mix.Dates.Select(d => Math.Sin(2 * Math.PI * k * (d.DayNumber - mix.Dates[0].DayNumber) / 365.25)).ToArray());
            cols.Add(mix.Dates.Select(d => Math.Cos(2 * Math.PI * k * (d.DayNumber - mix.Dates[0].DayNumber) / 365.25)).ToArray());
        }

        cols.Add(mix.Price);
        int pb = cols.Count;
        cols.AddRange(mix.Effects);
        return (MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, cols.Count, (i, j) => cols[j][i]), pb);
    }

    public static void Print(TextWriter output, int seeds, SpendProfile profile = SpendProfile.Stress, double noise = 0.05)
    {
        var within = new int[SyntheticMix.Names.Length];
        var big = new int[SyntheticMix.Names.Length];
        var share = new double[SyntheticMix.Names.Length];
        for (int seed = 1; seed <= seeds; seed++)
        {
            var mix = new SyntheticMix(seed, noise: noise, profile: profile);
            var (x, pb) = Design(mix);
            var y = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(mix.Outcome);
            var b = x.QR().Solve(y);
            var parts = SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} {(b[pb + c] - 1) * 100,6:F1}%"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle seed {seed,2}: ") + string.Join(" | ", parts));
            for (int c = 0; c < SyntheticMix.Names.Length; c++)
            {
                share[c] += mix.SpendShare[c] / seeds;
                if (mix.SpendShare[c] >= 0.2)
                {
                    big[c]++;
                    within[c] += Math.Abs(b[pb + c] - 1) <= 0.10 ? 1 : 0;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle {profile}, noise {noise:P0}, {seeds} seeds: ") + string.Join(" | ", SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} share {share[c]:P0} within 10% {within[c]}/{big[c]}"))));
    }
}
