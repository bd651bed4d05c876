using Optimizer.Fitting.PointFits;
using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.Tests.PointFits;

/// <summary>Recovery of known parameters from seeded synthetic curves, family selection, near-linear data and bad input.</summary>
public class CurveFitterTests
{
    private static readonly double[] Spend = [.. Enumerable.Range(1, 40).Select(i => 2_500.0 * i)];

    public static TheoryData<CurveFamily, IResponseCurve> TrueCurves => new()
    {
        { CurveFamily.Hill, new HillCurve(120_000, 40_000, 1.8) },
        { CurveFamily.Logistic, new LogisticCurve(90_000, 8e-5, 30_000) },
        { CurveFamily.Exponential, new ExponentialCurve(100_000, 50_000) },
        { CurveFamily.MichaelisMenten, new MichaelisMentenCurve(150_000, 60_000) },
        { CurveFamily.Weibull, new WeibullCurve(100_000, 45_000, 1.5) },
        { CurveFamily.Power, new PowerCurve(30, 0.6) },
        { CurveFamily.Logarithmic, new LogarithmicCurve(40_000, 20_000) },
    };

    [Theory]
    [MemberData(nameof(TrueCurves))]
    public void Fit_NoiselessCurve_RecoversCurve(CurveFamily family, IResponseCurve truth)
    {
        var outcome = Spend.Select(truth.Value).ToArray();

        var fit = new CurveFitter().Fit(Spend, outcome, family);

        Assert.True(fit.RSquared > 0.999999);
        foreach (double x in Spend)
        {
            Assert.Equal(truth.Value(x), fit.Curve.Value(x), Math.Abs(truth.Value(x)) * 1e-4 + 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(TrueCurves))]
    public void Fit_FivePercentNoise_TruthInside95PercentIntervals(CurveFamily family, IResponseCurve truth)
    {
        var random = new Random(7);
        var outcome = Spend.Select(x => truth.Value(x) * (1 + (0.05 * Gaussian(random)))).ToArray();

        var fit = new CurveFitter().Fit(Spend, outcome, family);

        double mid = Spend[Spend.Length / 2];
        Assert.Equal(truth.Value(mid), fit.Curve.Value(mid), truth.Value(mid) * 0.05);
        Assert.All(fit.Parameters, p => Assert.NotNull(p.Interval95));
    }

    [Fact]
    public void FitBest_LinearData_SelectsNearLinearCurveAndSaysSo()
    {
        var random = new Random(3);
        var outcome = Spend.Select(x => (2.5 * x) + (2_000 * Gaussian(random))).ToArray();

        var result = new CurveFitter().FitBest(Spend, outcome);

        Assert.True(result.Best.NearLinear);
        Assert.NotEmpty(result.Best.Diagnostics);
        Assert.Equal(2.5, result.Best.Curve.Marginal(Spend.Max()), 0.25);
        var hill = new CurveFitter().Fit(Spend, outcome, CurveFamily.MichaelisMenten);
        Assert.True(hill.NearLinear);
    }

    [Fact]
    public void FitBest_SaturatingData_SelectsSaturatingFamily()
    {
        var truth = new MichaelisMentenCurve(150_000, 30_000);
        var random = new Random(5);
        var outcome = Spend.Select(x => truth.Value(x) * (1 + (0.02 * Gaussian(random)))).ToArray();

        var result = new CurveFitter().FitBest(Spend, outcome, new PointFitOptions { Criterion = SelectionCriterion.Bic });

        Assert.False(result.Best.NearLinear);
        Assert.Contains(result.Best.Family, new[] { CurveFamily.MichaelisMenten, CurveFamily.Hill, CurveFamily.Logarithmic });
        Assert.Equal(CurveFamilies.All.Count, result.Candidates.Count);
    }

    [Fact]
    public void Fit_BadInput_ReportsEveryViolationWithRowAndField()
    {
        double[] spend = [100, -5, double.NaN, 300];
        double[] outcome = [1, 2, 3, double.PositiveInfinity];

        var error = Assert.Throws<FittingInputException>(() => new CurveFitter().Fit(spend, outcome, CurveFamily.Hill));

        Assert.Contains(error.Violations, v => v.Field == "spend" && v.Row == 1 && v.Rule == InputRules.NegativeSpend);
        Assert.Contains(error.Violations, v => v.Field == "spend" && v.Row == 2 && v.Rule == InputRules.NotFinite);
        Assert.Contains(error.Violations, v => v.Field == "outcome" && v.Row == 3 && v.Rule == InputRules.NotFinite);
    }

    [Fact]
    public void Fit_FewerPointsThanParameters_Throws()
    {
        var error = Assert.Throws<FittingInputException>(() => new CurveFitter().Fit([1.0, 2.0, 3.0], [1.0, 2.0, 2.5], CurveFamily.Hill));

        Assert.Equal(InputRules.TooFewRows, Assert.Single(error.Violations).Rule);
    }

    [Fact]
    public void Fit_AllZeroSpend_Throws()
    {
        var error = Assert.Throws<FittingInputException>(() => new CurveFitter().Fit([0.0, 0, 0, 0, 0], [1.0, 2, 3, 4, 5], CurveFamily.Exponential));

        Assert.Equal(InputRules.ZeroSpendChannel, Assert.Single(error.Violations).Rule);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
