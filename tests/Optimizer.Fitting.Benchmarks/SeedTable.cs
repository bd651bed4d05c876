using System.Globalization;
using Optimizer.Fitting.MarketingMix;
using Optimizer.Fitting.Tests.MarketingMix;

namespace Optimizer.Fitting.Benchmarks;

/// <summary>Per-seed signed ROAS errors and fitted vs true curve parameters of the synthetic mix (point fits, no bootstrap).</summary>
internal static class SeedTable
{
    public static void Print(TextWriter output, int seeds, MarketingMixOptions options)
    {
        for (int seed = 1; seed <= seeds; seed++)
        {
            var mix = new SyntheticMix(seed);
            var r = new MarketingMixFitter().Fit(mix.ToData(), options);
            var parts = r.Channels.Select((c, i) => string.Create(CultureInfo.InvariantCulture,
                $"{c.Name} {((c.Roas / mix.TrueRoas[i]) - 1) * 100,6:F1}% [{(c.RoasInterval90?.Lower / mix.TrueRoas[i]) ?? 0:F2},{(c.RoasInterval90?.Upper / mix.TrueRoas[i]) ?? 0:F2}] k̃ {c.Parameters[1].Value / mix.TrueCurveKappa[i] / (c.Parameters[0].Value is var a ? (1 - Math.Pow(a, 8)) / (1 - a) : 1):F2} s {c.Parameters[2].Value:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed,2} {r.Elapsed.TotalMilliseconds,5:F0} ms holdout R2 {r.Holdout?.RSquared:F3}: ") + string.Join(" | ", parts));
        }
    }
}

/// <summary>Oracle: ROAS error when the true adstock/saturation shapes are known and only the linear coefficients are estimated (OLS).</summary>
internal static class OracleTable
{
    public static void Print(TextWriter output, int seeds)
    {
        for (int seed = 1; seed <= seeds; seed++)
        {
            var mix = new SyntheticMix(seed);
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
            var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, cols.Count, (i, j) => cols[j][i]);
            var y = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(mix.Outcome);
            var b = x.QR().Solve(y);
            var parts = SyntheticMix.Names.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{name} {(b[pb + c] - 1) * 100,6:F1}%"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle seed {seed,2}: ") + string.Join(" | ", parts));
        }
    }
}
