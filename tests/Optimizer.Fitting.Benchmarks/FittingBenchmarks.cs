using BenchmarkDotNet.Attributes;
using Optimizer.Fitting.MarketingMix;
using Optimizer.Fitting.PointFits;
using Optimizer.Fitting.Tests.MarketingMix;
using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.Benchmarks;

/// <summary>Wall time of the fits the issue sets targets for (208 weeks × 5 channels; one channel's point fit).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FittingBenchmarks
{
    private MarketingMixData _mix = null!;
    private double[] _spend = null!;
    private double[] _outcome = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mix = new SyntheticMix(seed: 3, weeks: 208).ToData();
        var random = new Random(1);
        var truth = new HillCurve(120_000, 40_000, 1.5);
        _spend = [.. Enumerable.Range(0, 104).Select(_ => 100_000 * random.NextDouble())];
        _outcome = [.. _spend.Select(x => truth.Value(x) * (1 + (0.05 * (random.NextDouble() - 0.5))))];
    }

    [Benchmark(Description = "point fit, hill, 104 points")]
    public PointFitResult PointFitHill() => new CurveFitter().Fit(_spend, _outcome, CurveFamily.Hill);

    [Benchmark(Description = "point fit, best of 7 families, 104 points")]
    public CurveSelectionResult PointFitBest() => new CurveFitter().FitBest(_spend, _outcome);

    [Benchmark(Description = "MMM 208 weeks x 5 channels, point estimate")]
    public MarketingMixResult MixPoint() => new MarketingMixFitter().Fit(_mix, new MarketingMixOptions { NormalizeAdstock = false });

    [Benchmark(Description = "MMM 208 weeks x 5 channels, point estimate + profile-likelihood ROAS intervals")]
    public MarketingMixResult MixProfile() => new MarketingMixFitter().Fit(_mix, new MarketingMixOptions { NormalizeAdstock = false, RoasIntervals = RoasIntervalMethod.ProfileLikelihood });

    [Benchmark(Description = "MMM 208 weeks x 5 channels, 200 bootstrap draws")]
    public MarketingMixResult MixBootstrap() => new MarketingMixFitter().Fit(_mix, new MarketingMixOptions { NormalizeAdstock = false, BootstrapDraws = 200 });
}
