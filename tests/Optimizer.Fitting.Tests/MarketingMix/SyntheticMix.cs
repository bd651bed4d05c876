using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Fitting.Tests.MarketingMix;

/// <summary>
/// Spend pattern of a <see cref="SyntheticMix"/>. Stress and Campaign share the true parameters, baseline, price, noise
/// model and the tv and radio processes; they differ only in how the always-on channels (search, social, display) vary.
/// Planned shares the shapes, baseline, price and noise model but has its own effect sizes and a flighted plan;
/// Flighted likewise, with long dark spells designed against the free-shape bound.
/// </summary>
internal enum SpendProfile
{
    /// <summary>
    /// The original generator, kept unchanged as a hard stress case: search pulses around a fixed budget (weekly
    /// log-normal σ 0.6, dark in ~10% of weeks), social is a slow AR(0.8) log-walk paused in the last quarter of every
    /// year (confounded with the yearly Fourier terms), display is i.i.d. log-normal. Even an oracle that knows the true
    /// shapes misses social's ROAS by more than 10% on half the seeds (docs/fitting.md §5).
    /// </summary>
    Stress,

    /// <summary>
    /// Always-on channels planned the way media budgets are: x_ct = b_c·Q_c,q(t)·P_ct·W_ct·(seasonal factor), with
    /// Q a budget level re-set every 13-week quarter (log-normal, σ_Q 0.4 search, 0.5 social, 0.3 display: quarterly
    /// re-allocations of ±40–65% are ordinary), P = 2 during one 2-week promotion flight per quarter at a random
    /// week (search, social; display has none), W week-to-week log-normal noise (σ 0.4 search and display, 0.3 social:
    /// bid, inventory and pacing variation), and for social one 4-week pause per 52 weeks at a random start (creative
    /// refresh) instead of a fixed calendar quarter. Search keeps its mild yearly seasonality and is never dark.
    /// Levels b_c are the stress profile's (search 30,000, social 20,000, display 10,000). The design was fixed before
    /// any fit was run on it and not changed afterwards. The oracle (true shapes known, OLS on the linear coefficients)
    /// was run first: its ROAS standard errors are about 6% tv, 8% search and 14% social, so the series pin tv's ROAS to
    /// 10% but not social's, whose small effect against the noise, not its spend pattern, is the limit (docs/fitting.md §5).
    /// </summary>
    Campaign,

    /// <summary>
    /// A flighted media plan designed so that the information for the 10% bar exists: the same true shapes
    /// (α, κ factor, s) as the other profiles, but own effect sizes β (tv 100,000, search 75,000, social 9,000, display
    /// 8,000, radio 25,000) and spend: tv in flights (on U{3..6} weeks at 75,000·LN(0.3) per flight·LN(0.15) per week,
    /// then off U{4..10} weeks); search always on at 10,000 × quarterly budget LN(0.4) × weekly LN(0.25) × its mild
    /// seasonality, ×4 during campaign bursts (on U{3..5}, off U{4..10} weeks, scheduled independently of tv); social
    /// (9,000) and display (9,000) as in <see cref="Campaign"/>; radio in flights (on U{2..4} at 20,000, off U{4..14}).
    /// LN(σ) is a mean-one log-normal. Criterion, and the only one used: realistic data (media 37% of the outcome, spend
    /// shares tv 40%, search 28%, social 13%, display 12%, radio 7%) on which the oracle (true shapes known, OLS on the
    /// linear coefficients, <see cref="SyntheticOracle"/>) has a ROAS standard error of about 4% or less on every channel
    /// with ≥ 20% of spend. Its figures on the calibration seeds 101–200 (mean, max): tv 3.7%, 4.1%; search 4.0%,
    /// 4.5%; social 41%, display 110%, radio 16% (small channels; the bar does not apply to them). β and the spend
    /// processes were tuned against the oracle only; the design was fixed and committed before our fitter ran on it,
    /// and was not changed afterwards (docs/fitting.md §5).
    /// </summary>
    Planned,

    /// <summary>
    /// A flighted plan designed against the right criterion for the 10% bar: the FREE-SHAPE ROAS standard error (the
    /// local Cramér–Rao bound when adstock α, Hill κ and slope s must be estimated too,
    /// <see cref="SyntheticOracle.FreeShapeStandardErrors"/>) of every channel with ≥ 20% of spend at about 6% or less,
    /// so that an efficient estimator lands within 10% on about 90% of seeds or more. Same true shapes (α, κ factor, s)
    /// as the other profiles; β tv 100,000, search 90,000, social 9,000, display 8,000, radio 25,000 (Planned's, with
    /// search's 75,000 raised). Spend: tv in flights, on U{4..8} weeks at 50,000 × quarterly budget LN(0.3) × flight
    /// LN(0.2) × weekly LN(0.15), then dark U{8..14} weeks; search in campaign flights (dark between them, not on an
    /// always-on base), on U{4..8} weeks at 24,000 × quarterly budget LN(0.4) × weekly LN(0.25), then dark U{3..8},
    /// scheduled independently of tv; social (4,500) and display (4,500) always on as in <see cref="Campaign"/>; radio
    /// in flights (on U{2..4} at 10,000, off U{4..14}). LN(σ) is a mean-one log-normal. On the calibration seeds 101–200
    /// (disjoint from the evaluation seeds 1–20): media 32% of the outcome; spend shares tv 42%, search 30%, social
    /// 12%, display 11%, radio 6% (tv and search ≥ 20% on every seed, the others on none); true ROAS about 1.2, 1.3,
    /// 0.9, 0.6, 1.0; free-shape SE (mean, max over seeds) tv 4.9%, 5.8%; search 4.9%, 5.7% (known shapes: 3.1%,
    /// 3.5%). The long dark spells are what identify the shapes: in the candidate search, shortening tv's dark spells
    /// from 4–10 to 2–8 weeks raised its SE from 6.9% to 8.9%, lengthening them to 6–14 lowered it to 5.4%, and search
    /// on an always-on base of 3,000 between its flights had 8.7% instead of 5.8%. The design was tuned against the
    /// oracle only (candidates in docs/fitting.md §5) and was frozen and committed before our fitter ran on it; it has
    /// not been changed since.
    /// </summary>
    Flighted,
}

/// <summary>
/// Seeded synthetic marketing-mix data with known parameters: y_t = baseline_t + Σ_c β_c·h_c(ã_ct) + ε_t with
/// raw geometric adstock a_ct = Σ_{l&lt;8} α_c^l x_{c,t−l}, ã = a/S_c (S_c = Σ α_c^l), Hill h(ã) = ã^s/(ã^s + κ^s)
/// with κ in spend units, baseline = 80,000 + 30,000·t/n + 20,000·sin(2π·week/52.18) + 8,000·price_t, and
/// Gaussian noise with sd = <c>noise</c> × mean(y) (default 5%). Channels: tv (4-week bursts every 12 weeks), search (pulsing,
/// mildly seasonal, dark in ~10% of weeks), social (random walk, paused one quarter in four), display (small,
/// always on), radio (on in ~20 weeks only): the <see cref="SpendProfile.Stress"/> profile (default). Spend varies as campaigns do;
/// the variation is what identifies the curves. <see cref="SpendProfile.Campaign"/> varies the always-on channels by
/// quarterly budgets, promotion flights and weekly noise instead; <see cref="SpendProfile.Planned"/> is a flighted
/// plan with larger effects, designed so that the oracle pins the big channels' ROAS to about 4%;
/// <see cref="SpendProfile.Flighted"/> is a plan with long dark spells designed so that the free-shape bound does.
/// </summary>
internal sealed class SyntheticMix
{
    public static readonly string[] Names = ["tv", "search", "social", "display", "radio"];
    private static readonly double[] Alpha = [0.6, 0.1, 0.3, 0.4, 0.5];
    private static readonly double[] KappaFactor = [1.0, 1.5, 0.8, 2.0, 1.0];
    private static readonly double[] Slope = [1.0, 1.5, 1.2, 1.0, 2.0];
    private static readonly double[] Beta = [60_000, 45_000, 25_000, 8_000, 15_000];
    private static readonly double[] PlannedBeta = [100_000, 75_000, 9_000, 8_000, 25_000];
    private static readonly double[] FlightedBeta = [100_000, 90_000, 9_000, 8_000, 25_000];
    private readonly double[] _beta;

    public SyntheticMix(int seed, int weeks = 156, double noise = 0.05, SpendProfile profile = SpendProfile.Stress)
    {
        var random = new Random(seed);
        int n = weeks;
        Dates = [.. Enumerable.Range(0, n).Select(t => new DateOnly(2021, 1, 4).AddDays(7 * t))];
        var spend = profile switch
        {
            SpendProfile.Campaign => CampaignSpend(random, n),
            SpendProfile.Planned => PlannedSpend(random, n),
            SpendProfile.Flighted => FlightedSpend(random, n),
            _ => StressSpend(random, n),
        };
        var beta = profile switch
        {
            SpendProfile.Planned => PlannedBeta,
            SpendProfile.Flighted => FlightedBeta,
            _ => Beta,
        };
        _beta = beta;
        Spend = spend;
        Price = [.. Enumerable.Range(0, n).Select(_ => Gaussian(random))];
        var effect = new double[Names.Length][];
        TrueRoas = new double[Names.Length];
        TrueCurveKappa = new double[Names.Length];
        for (int c = 0; c < Names.Length; c++)
        {
            TrueCurveKappa[c] = KappaFactor[c] * spend[c].Where(v => v > 0).Average();
            effect[c] = Effect(spend[c], Alpha[c], TrueCurveKappa[c], Slope[c], beta[c]);
            TrueRoas[c] = effect[c].Sum() / spend[c].Sum();
        }

        var clean = Enumerable.Range(0, n).Select(t =>
            80_000 + (30_000.0 * t / n) + (20_000 * Math.Sin(2 * Math.PI * t / 52.18)) + (8_000 * Price[t]) + effect.Sum(e => e[t])).ToArray();
        double sd = noise * clean.Average();
        NoiseSd = sd;
        Outcome = [.. clean.Select(v => v + (sd * Gaussian(random)))];
        SpendShare = [.. spend.Select(s => s.Sum() / spend.Sum(x => x.Sum()))];
        Effects = effect;
    }

    /// <summary>True effect β_c·h_c(ã_ct) of each channel per period, shape (C, n).</summary>
    public double[][] Effects { get; }

    /// <summary>Standard deviation of the Gaussian noise, outcome units.</summary>
    public double NoiseSd { get; }

    public DateOnly[] Dates { get; }

    public double[][] Spend { get; }

    public double[] Price { get; }

    public double[] Outcome { get; }

    /// <summary>Σ effect / Σ spend per channel, over the generated periods.</summary>
    public double[] TrueRoas { get; }

    /// <summary>True geometric adstock decay α per channel.</summary>
    public static IReadOnlyList<double> TrueAlpha => Alpha;

    /// <summary>True Hill slope s per channel.</summary>
    public static IReadOnlyList<double> TrueSlope => Slope;

    /// <summary>True maximum effect β per channel, outcome units.</summary>
    public IReadOnlyList<double> TrueBeta => _beta;

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
    public double TrueCurve(int c, double x) => x <= 0 ? 0 : _beta[c] / (1 + Math.Pow(TrueCurveKappa[c] / x, Slope[c]));

    private static double[][] StressSpend(Random random, int n)
    {
        var spend = new double[Names.Length][];
        spend[0] = [.. Enumerable.Range(0, n).Select(t => (t / 4) % 3 == 0 ? 50_000 * LogNormal(random, 0.3) : 0)];
        spend[1] = [.. Enumerable.Range(0, n).Select(t => random.NextDouble() < 0.1 ? 0 : 30_000 * (1 + (0.15 * Math.Sin(2 * Math.PI * t / 52.18))) * LogNormal(random, 0.6))];
        double walk = 0;
        spend[2] = [.. Enumerable.Range(0, n).Select(t => (t / 13) % 4 == 3 ? 0 : 20_000 * Math.Exp(walk = (0.8 * walk) + (0.35 * Gaussian(random))))];
        spend[3] = [.. Enumerable.Range(0, n).Select(_ => 10_000 * LogNormal(random, 0.4))];
        spend[4] = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.13 ? 25_000 * LogNormal(random, 0.3) : 0)];
        return spend;
    }

    private static double[][] CampaignSpend(Random random, int n)
    {
        var spend = new double[Names.Length][];
        spend[0] = [.. Enumerable.Range(0, n).Select(t => (t / 4) % 3 == 0 ? 50_000 * LogNormal(random, 0.3) : 0)];
        spend[1] = AlwaysOn(random, n, 30_000, 0.4, 0.4, promotions: true, pauseWeeks: 0, t => 1 + (0.15 * Math.Sin(2 * Math.PI * t / 52.18)));
        spend[2] = AlwaysOn(random, n, 20_000, 0.5, 0.3, promotions: true, pauseWeeks: 4, _ => 1);
        spend[3] = AlwaysOn(random, n, 10_000, 0.3, 0.4, promotions: false, pauseWeeks: 0, _ => 1);
        spend[4] = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.13 ? 25_000 * LogNormal(random, 0.3) : 0)];
        return spend;
    }

    private static double[][] PlannedSpend(Random random, int n)
    {
        var spend = new double[Names.Length][];
        spend[0] = Flights(random, n, 3, 6, 4, 10, 75_000, 0.3, 0.15);
        var burst = Flights(random, n, 3, 5, 4, 10, 1, 0, 0);
        var searchBase = AlwaysOn(random, n, 10_000, 0.4, 0.25, promotions: false, pauseWeeks: 0, t => 1 + (0.15 * Math.Sin(2 * Math.PI * t / 52.18)));
        spend[1] = [.. searchBase.Select((x, t) => x * (burst[t] > 0 ? 4 : 1))];
        spend[2] = AlwaysOn(random, n, 9_000, 0.5, 0.3, promotions: true, pauseWeeks: 4, _ => 1);
        spend[3] = AlwaysOn(random, n, 9_000, 0.3, 0.4, promotions: false, pauseWeeks: 0, _ => 1);
        spend[4] = Flights(random, n, 2, 4, 4, 14, 20_000, 0.3, 0.15);
        return spend;
    }

    private static double[][] FlightedSpend(Random random, int n)
    {
        var spend = new double[Names.Length][];
        spend[0] = QuarterlyFlights(random, n, 4, 8, 8, 14, 50_000, 0.3, 0.2, 0.15);
        spend[1] = QuarterlyFlights(random, n, 4, 8, 3, 8, 24_000, 0.4, 0, 0.25);
        spend[2] = AlwaysOn(random, n, 4_500, 0.5, 0.3, promotions: true, pauseWeeks: 4, _ => 1);
        spend[3] = AlwaysOn(random, n, 4_500, 0.3, 0.4, promotions: false, pauseWeeks: 0, _ => 1);
        spend[4] = Flights(random, n, 2, 4, 4, 14, 10_000, 0.3, 0.15);
        return spend;
    }

    /// <summary>
    /// On/off flights under quarterly budgets: on for U{onMin..onMax} weeks at level·Q_q·LN(flightSigma)·LN(weekSigma)
    /// per week (Q_q a log-normal budget level, σ <paramref name="quarterSigma"/>, per 13-week quarter, taken at the
    /// flight's first week), then dark U{offMin..offMax} weeks; starts dark for U{0..offMax}.
    /// </summary>
    private static double[] QuarterlyFlights(Random random, int n, int onMin, int onMax, int offMin, int offMax, double level, double quarterSigma, double flightSigma, double weekSigma)
    {
        var quarter = Enumerable.Range(0, (n / 13) + 1).Select(_ => level * LogNormal(random, quarterSigma)).ToArray();
        var x = new double[n];
        int t = random.Next(0, offMax + 1);
        while (t < n)
        {
            int on = random.Next(onMin, onMax + 1);
            double flight = quarter[t / 13] * LogNormal(random, flightSigma);
            for (int k = 0; k < on && t < n; k++, t++)
            {
                x[t] = flight * LogNormal(random, weekSigma);
            }

            t += random.Next(offMin, offMax + 1);
        }

        return x;
    }

    /// <summary>On/off flights: on for U{onMin..onMax} weeks at level·LN(flightSigma)·LN(weekSigma) per week, then off U{offMin..offMax} weeks; starts off for U{0..offMax}.</summary>
    private static double[] Flights(Random random, int n, int onMin, int onMax, int offMin, int offMax, double level, double flightSigma, double weekSigma)
    {
        var x = new double[n];
        int t = random.Next(0, offMax + 1);
        while (t < n)
        {
            int on = random.Next(onMin, onMax + 1);
            double flight = level * LogNormal(random, flightSigma);
            for (int k = 0; k < on && t < n; k++, t++)
            {
                x[t] = flight * LogNormal(random, weekSigma);
            }

            t += random.Next(offMin, offMax + 1);
        }

        return x;
    }

    /// <summary>
    /// b·Q_q(t)·P_t·W_t·season(t): quarterly (13-week) log-normal budget level Q (σ <paramref name="quarterSigma"/>),
    /// P = 2 in one 2-week promotion per quarter at a uniform start, weekly log-normal W (σ <paramref name="weekSigma"/>),
    /// and zero during one pause of <paramref name="pauseWeeks"/> weeks per 52 at a uniform start.
    /// </summary>
    private static double[] AlwaysOn(Random random, int n, double level, double quarterSigma, double weekSigma, bool promotions, int pauseWeeks, Func<int, double> season)
    {
        var x = new double[n];
        for (int q = 0; q * 13 < n; q++)
        {
            double budget = level * LogNormal(random, quarterSigma);
            int promotion = promotions ? (q * 13) + random.Next(0, 12) : -10;
            for (int t = q * 13; t < Math.Min(n, (q + 1) * 13); t++)
            {
                x[t] = budget * (t == promotion || t == promotion + 1 ? 2 : 1) * season(t) * LogNormal(random, weekSigma);
            }
        }

        for (int year = 0; pauseWeeks > 0 && year * 52 < n; year++)
        {
            int start = (year * 52) + random.Next(0, 52 - pauseWeeks + 1);
            for (int t = start; t < Math.Min(n, start + pauseWeeks); t++)
            {
                x[t] = 0;
            }
        }

        return x;
    }

    /// <summary>β·h(ã_t) with ã the normalised 8-week geometric adstock of x and h the Hill curve (κ in spend units).</summary>
    internal static double[] Effect(double[] x, double alpha, double kappa, double slope, double beta)
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
