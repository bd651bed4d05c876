using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Fitting.Tests.MarketingMix;

/// <summary>
/// Seeded synthetic marketing-mix data with known parameters: y_t = baseline_t + Σ_c β_c·h_c(ã_ct) + ε_t with
/// raw geometric adstock a_ct = Σ_{l&lt;8} α_c^l x_{c,t−l}, ã = a/S_c (S_c = Σ α_c^l), Hill h(ã) = ã^s/(ã^s + κ^s)
/// with κ in spend units, baseline = 80,000 + 30,000·t/n + 20,000·sin(2π·week/52.18) + 8,000·price_t, and
/// Gaussian noise with sd = <c>noise</c> × mean(y) (default 5%). Channels: tv (4-week bursts every 12 weeks), search (pulsing,
/// mildly seasonal, dark in ~10% of weeks), social (random walk, paused one quarter in four), display (small,
/// always on), radio (on in ~20 weeks only). Spend varies as campaigns do; the variation is what identifies the curves.
/// </summary>
internal sealed class SyntheticMix
{
    public static readonly string[] Names = ["tv", "search", "social", "display", "radio"];
    private static readonly double[] Alpha = [0.6, 0.1, 0.3, 0.4, 0.5];
    private static readonly double[] KappaFactor = [1.0, 1.5, 0.8, 2.0, 1.0];
    private static readonly double[] Slope = [1.0, 1.5, 1.2, 1.0, 2.0];
    private static readonly double[] Beta = [60_000, 45_000, 25_000, 8_000, 15_000];

    public SyntheticMix(int seed, int weeks = 156, double noise = 0.05)
    {
        var random = new Random(seed);
        int n = weeks;
        Dates = [.. Enumerable.Range(0, n).Select(t => new DateOnly(2021, 1, 4).AddDays(7 * t))];
        var spend = new double[Names.Length][];
        spend[0] = [.. Enumerable.Range(0, n).Select(t => (t / 4) % 3 == 0 ? 50_000 * LogNormal(random, 0.3) : 0)];
        spend[1] = [.. Enumerable.Range(0, n).Select(t => random.NextDouble() < 0.1 ? 0 : 30_000 * (1 + (0.15 * Math.Sin(2 * Math.PI * t / 52.18))) * LogNormal(random, 0.6))];
        double walk = 0;
        spend[2] = [.. Enumerable.Range(0, n).Select(t => (t / 13) % 4 == 3 ? 0 : 20_000 * Math.Exp(walk = (0.8 * walk) + (0.35 * Gaussian(random))))];
        spend[3] = [.. Enumerable.Range(0, n).Select(_ => 10_000 * LogNormal(random, 0.4))];
        spend[4] = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.13 ? 25_000 * LogNormal(random, 0.3) : 0)];
        Spend = spend;
        Price = [.. Enumerable.Range(0, n).Select(_ => Gaussian(random))];
        var effect = new double[Names.Length][];
        TrueRoas = new double[Names.Length];
        TrueCurveKappa = new double[Names.Length];
        for (int c = 0; c < Names.Length; c++)
        {
            TrueCurveKappa[c] = KappaFactor[c] * spend[c].Where(v => v > 0).Average();
            effect[c] = Effect(spend[c], Alpha[c], TrueCurveKappa[c], Slope[c], Beta[c]);
            TrueRoas[c] = effect[c].Sum() / spend[c].Sum();
        }

        var clean = Enumerable.Range(0, n).Select(t =>
            80_000 + (30_000.0 * t / n) + (20_000 * Math.Sin(2 * Math.PI * t / 52.18)) + (8_000 * Price[t]) + effect.Sum(e => e[t])).ToArray();
        double sd = noise * clean.Average();
        Outcome = [.. clean.Select(v => v + (sd * Gaussian(random)))];
        SpendShare = [.. spend.Select(s => s.Sum() / spend.Sum(x => x.Sum()))];
        Effects = effect;
    }

    /// <summary>True effect β_c·h_c(ã_ct) of each channel per period, shape (C, n).</summary>
    public double[][] Effects { get; }

    public DateOnly[] Dates { get; }

    public double[][] Spend { get; }

    public double[] Price { get; }

    public double[] Outcome { get; }

    /// <summary>Σ effect / Σ spend per channel, over the generated periods.</summary>
    public double[] TrueRoas { get; }

    /// <summary>κ of each channel's true steady-state Hill curve, spend units.</summary>
    public double[] TrueCurveKappa { get; }

    public double[] SpendShare { get; }

    public MarketingMixData ToData() => new(
        Dates,
        [.. Names.Select((name, c) => new NamedSeries(name, Spend[c]))],
        Outcome,
        [new NamedSeries("price", Price)],
        "revenue");

    /// <summary>The true steady-state curve value of channel c at spend x.</summary>
    public double TrueCurve(int c, double x) => x <= 0 ? 0 : Beta[c] / (1 + Math.Pow(TrueCurveKappa[c] / x, Slope[c]));

    private static double[] Effect(double[] x, double alpha, double kappa, double slope, double beta)
    {
        var w = Enumerable.Range(0, 8).Select(l => Math.Pow(alpha, l)).ToArray();
        double s = w.Sum();
        var e = new double[x.Length];
        for (int t = 0; t < x.Length; t++)
        {
            double a = 0;
            for (int l = 0; l < w.Length && l <= t; l++)
            {
                a += w[l] * x[t - l];
            }

            a /= s;
            e[t] = a <= 0 ? 0 : beta / (1 + Math.Pow(kappa / a, slope));
        }

        return e;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double LogNormal(Random random, double sigma) => Math.Exp((sigma * Gaussian(random)) - (sigma * sigma / 2));
}
