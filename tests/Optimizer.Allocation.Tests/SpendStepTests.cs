using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Spend granularity: a stepped channel's spend is a multiple of its step.</summary>
public class SpendStepTests
{
    private readonly BudgetAllocator _allocator = new();

    [Fact]
    public void Allocate_TvInBlocks_MatchesEnumerationOfEveryBlockCount()
    {
        var tv = new HillCurve(60_000, 4_000, 2.2);
        var search = new ExponentialCurve(30_000, 2_500);
        var social = new HillCurve(20_000, 3_000, 0.8);
        var problem = new AllocationProblem(
            [new ChannelSpec("tv", tv, 0, 0, double.PositiveInfinity, SpendStep: 1_000), Build.Channel("search", search), Build.Channel("social", social)],
            7_500);

        // Independent reference: for each block count k, the continuous rest is concave in the other two
        // channels, so a fine 1-D search over search's share finds its optimum.
        double best = double.NegativeInfinity;
        for (int k = 0; k <= 7; k++)
        {
            double rest = 7_500 - (1_000 * k);
            double bestRest = double.NegativeInfinity;
            for (int j = 0; j <= 200_000; j++)
            {
                double s = rest * j / 200_000;
                bestRest = Math.Max(bestRest, search.Value(s) + social.Value(rest - s));
            }

            best = Math.Max(best, tv.Value(1_000 * k) + bestRest);
        }

        var result = _allocator.Allocate(problem);
        double blocks = result.Channels[0].Spend / 1_000;
        Assert.Equal(Math.Round(blocks), blocks, 1e-9);
        Assert.True(result.Objective >= best * (1 - 1e-8), $"{result.Objective} below enumeration {best}");
        Assert.Equal(7_500, result.TotalSpend, 1e-6);
        Assert.True(result.RelativeGap <= 1e-6);
    }

    [Fact]
    public void Allocate_AllChannelsSteppedAndBudgetNotReachable_IsInfeasible()
    {
        var problem = new AllocationProblem(
            [new ChannelSpec("a", new ExponentialCurve(100, 50), 0, 0, 1_000, SpendStep: 100), new ChannelSpec("b", new ExponentialCurve(100, 50), 0, 0, 1_000, SpendStep: 100)],
            250);
        Assert.Throws<InfeasibleProblemException>(() => _allocator.Allocate(problem));
    }

    [Fact]
    public void Allocate_AllChannelsSteppedAtMostBudget_SpendsWholeSteps()
    {
        var problem = new AllocationProblem(
            [new ChannelSpec("a", new ExponentialCurve(1_000, 200), 0, 0, 1_000, SpendStep: 100), new ChannelSpec("b", new ExponentialCurve(800, 100), 0, 0, 1_000, SpendStep: 100)],
            450,
            BudgetMode.AtMost);
        // Enumerate every pair of multiples with a + b ≤ 450.
        double best = 0;
        for (int i = 0; i <= 4; i++)
        {
            for (int j = 0; i + j <= 4; j++)
            {
                best = Math.Max(best, problem.Channels[0].Curve.Value(100 * i) + problem.Channels[1].Curve.Value(100 * j));
            }
        }

        var result = _allocator.Allocate(problem);
        Assert.All(result.Channels, c => Assert.Equal(Math.Round(c.Spend / 100), c.Spend / 100, 1e-9));
        Assert.Equal(best, result.Objective, best * 1e-9);
    }
}
