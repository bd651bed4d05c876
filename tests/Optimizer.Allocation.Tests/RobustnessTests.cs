using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Locked channels, degenerate bounds, extreme magnitudes, invariances and errors.</summary>
public class RobustnessTests
{
    private readonly BudgetAllocator _allocator = new();

    [Fact]
    public void Allocate_LockedChannel_DoesNotMoveByACent()
    {
        var problem = Build.Problem(
            100_000,
            Build.Channel("search", new HillCurve(90_000, 20_000, 0.9), current: 30_000),
            Build.Channel("tv", new ExponentialCurve(200_000, 50_000), current: 12_345.67, locked: true),
            Build.Channel("social", new LogarithmicCurve(20_000, 5_000), current: 10_000));
        var result = _allocator.Allocate(problem);
        Assert.Equal(12_345.67, result.Channels[1].Spend);
        Assert.Equal(ActiveBound.Locked, result.Channels[1].ActiveBound);
        Assert.Equal(100_000, result.TotalSpend, 1e-6);
    }

    [Fact]
    public void Allocate_ZeroCurrentSpendAndZeroMaximum_GivesFiniteNumbers()
    {
        var problem = Build.Problem(
            5_000,
            Build.Channel("new", new PowerCurve(10, 0.5), current: 0),
            Build.Channel("paused", new PowerCurve(10, 0.5), max: 0, current: 0),
            Build.Channel("display", new HillCurve(8_000, 2_000, 0.7), current: 1_000));
        var result = _allocator.Allocate(problem);
        Assert.Equal(0, result.Channels[1].Spend);
        Assert.Null(result.Channels[1].Roas);
        Assert.Null(result.Channels[1].MarginalRoas); // slope of √x is unbounded at 0
        Assert.All(result.Channels, c => Assert.True(double.IsFinite(c.Spend) && double.IsFinite(c.Response) && double.IsFinite(c.CurrentResponse)));
        Assert.True(double.IsFinite(result.BudgetShadowPrice) && double.IsFinite(result.BestBound));
    }

    [Fact]
    public void Allocate_BillionScaleSpends_GiveTheScaledAnswer()
    {
        ChannelSpec[] Channels(double s) =>
        [
            Build.Channel("a", new HillCurve(5e6, 2e3 * s, 2.5)),
            Build.Channel("b", new ExponentialCurve(3e6, 1e3 * s)),
            Build.Channel("c", new LogisticCurve(4e6, 3e-3 / s, 1.5e3 * s)),
        ];
        var small = _allocator.Allocate(Build.Problem(4_000, Channels(1)));
        var large = _allocator.Allocate(Build.Problem(4_000 * 1e6, Channels(1e6)));
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(small.Channels[i].Spend * 1e6, large.Channels[i].Spend, 1e6 * 1e-6);
        }

        Assert.Equal(small.Objective, large.Objective, small.Objective * 1e-9);
        Assert.Equal(4e9, large.TotalSpend, 4e9 * 1e-12);
    }

    [Fact]
    public void Allocate_PermutedChannels_GiveTheSameSplit()
    {
        var random = new Random(7);
        var channels = Enumerable.Range(0, 12).Select(i => Build.Channel($"c{i}", i % 3 == 0 ? new HillCurve(1_000 + (random.NextDouble() * 9_000), 100 + (random.NextDouble() * 900), 2 + random.NextDouble()) : new ExponentialCurve(1_000 + (random.NextDouble() * 9_000), 100 + (random.NextDouble() * 900)))).ToArray();
        var forward = _allocator.Allocate(Build.Problem(3_000, channels));
        var reversed = _allocator.Allocate(Build.Problem(3_000, channels.Reverse().ToArray()));
        foreach (var c in forward.Channels)
        {
            Assert.Equal(c.Spend, reversed.Channels.Single(r => r.Name == c.Name).Spend, 1e-5);
        }
    }

    [Fact]
    public void Allocate_BudgetAboveSumOfMaximums_IsInfeasibleWithTheNumbers()
    {
        var problem = Build.Problem(1_000, Build.Channel("a", new ExponentialCurve(100, 10), max: 200), Build.Channel("b", new ExponentialCurve(100, 10), max: 250));
        var error = Assert.Throws<InfeasibleProblemException>(() => _allocator.Allocate(problem));
        Assert.Contains("budget 1000 (exact) is above the sum of maximum spends 450", error.Message);
        Assert.Contains("a max 200", error.Message);
    }

    [Fact]
    public void Allocate_BudgetBelowSumOfMinimums_IsInfeasibleWithTheNumbers()
    {
        var problem = Build.Problem(100, Build.Channel("a", new ExponentialCurve(100, 10), min: 80), Build.Channel("b", new ExponentialCurve(100, 10), current: 70, locked: true));
        var error = Assert.Throws<InfeasibleProblemException>(() => _allocator.Allocate(problem));
        Assert.Contains("budget 100 is below the sum of minimum spends 150", error.Message);
        Assert.Contains("b locked at 70", error.Message);
    }

    [Fact]
    public void Allocate_AtMostBudgetAboveSumOfMaximums_FundsEveryChannelToItsMaximum()
    {
        var problem = new AllocationProblem([Build.Channel("a", new ExponentialCurve(100, 10), max: 200), Build.Channel("b", new ExponentialCurve(100, 10), max: 250)], 1_000, BudgetMode.AtMost);
        var result = _allocator.Allocate(problem);
        Assert.Equal(450, result.TotalSpend, 1e-9);
        Assert.All(result.Channels, c => Assert.Equal(ActiveBound.Max, c.ActiveBound));
        Assert.Equal(0, result.BudgetShadowPrice);
    }

    [Fact]
    public void Allocate_InvalidInput_ReportsEveryViolationWithItsField()
    {
        var problem = Build.Problem(
            double.NaN,
            Build.Channel("", new ExponentialCurve(100, 10)),
            Build.Channel("dup", new ExponentialCurve(100, 10), min: 50, max: 20),
            Build.Channel("dup", new ExponentialCurve(100, 10), current: -5));
        var error = Assert.Throws<ProblemValidationException>(() => _allocator.Allocate(problem));
        var fields = error.Violations.Select(v => v.Field).ToList();
        Assert.Contains("budget.total", fields);
        Assert.Contains("channels[0].name", fields);
        Assert.Contains("channels[1].min_spend", fields);
        Assert.Contains("channels[2].name", fields);
        Assert.Contains("channels[2].current_spend", fields);
    }

    [Fact]
    public void Allocate_TinyTimeLimit_NeverClaimsOptimalAboveTheTolerance()
    {
        var random = new Random(3);
        var channels = Enumerable.Range(0, 300).Select(i => Build.Channel($"c{i}", new HillCurve(1_000 + (random.NextDouble() * 9_000), 500 + (random.NextDouble() * 2_000), 2 + (3 * random.NextDouble())))).ToArray();
        var problem = Build.Problem(20_000, channels);
        // The first split is searched for up to 25 ms past the limit; on a loaded machine that may not be enough,
        // and saying so (NoFeasibleSplitInTimeException) is the other honest answer.
        AllocationResult result;
        try
        {
            result = _allocator.Allocate(problem, new SolveOptions(1e-12, TimeSpan.FromTicks(1)));
        }
        catch (NoFeasibleSplitInTimeException)
        {
            return;
        }

        Assert.Equal(20_000, result.TotalSpend, 20_000 * 1e-9);
        Assert.True(result.BestBound >= result.Objective);
        Assert.Equal(result.RelativeGap <= 1e-12 ? SolveStatus.Optimal : SolveStatus.Feasible, result.Status);
    }

    [Fact]
    public void ComputeFrontier_SCurves_ResponseNeverDecreases()
    {
        var problem = Build.Problem(0, Build.Channel("a", new HillCurve(5_000, 1_000, 3)), Build.Channel("b", new ExponentialCurve(3_000, 800)), Build.Channel("c", new LogisticCurve(4_000, 0.004, 1_500)));
        double[] budgets = Enumerable.Range(0, 40).Select(k => 100.0 * k).ToArray();
        var points = _allocator.ComputeFrontier(problem, budgets).ToList();
        Assert.Equal(40, points.Count);
        for (int k = 1; k < points.Count; k++)
        {
            Assert.True(points[k].Result!.Objective >= points[k - 1].Result!.Objective - 1e-9);
            Assert.Equal(budgets[k], points[k].Result!.TotalSpend, 1e-6);
        }
    }

    [Fact]
    public void Evaluate_GivenSplit_ReturnsResponseRoasAndMarginalRoas()
    {
        var curve = new ExponentialCurve(1_000, 100);
        var result = _allocator.Evaluate([new ChannelSpec("a", curve, 50, 0, double.PositiveInfinity, ValuePerResponse: 2)], [100]);
        Assert.Equal(1_000 * (1 - Math.Exp(-1)), result[0].Response, 1e-9);
        Assert.Equal(2 * 1_000 * (1 - Math.Exp(-1)) / 100, result[0].Roas!.Value, 1e-12);
        Assert.Equal(2 * 10 * Math.Exp(-1), result[0].MarginalRoas!.Value, 1e-12);
    }
}
