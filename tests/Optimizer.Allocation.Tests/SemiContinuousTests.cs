using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Minimum spend if active: a channel is off (0) or at least its minimum.</summary>
public class SemiContinuousTests
{
    private readonly BudgetAllocator _allocator = new();

    [Fact]
    public void Allocate_MinimumIfActiveNotWorthIt_SwitchesTheChannelOff()
    {
        // "tv" must get at least 800 if used; with a budget of 1,000 that starves the strong concave channel.
        // Enumerating both patterns by hand: off ⇒ search gets 1,000; on ⇒ tv ∈ [800, 1000].
        var search = new ExponentialCurve(10_000, 500);
        var tv = new ExponentialCurve(3_000, 2_000);
        var problem = new AllocationProblem(
            [Build.Channel("search", search), new ChannelSpec("tv", tv, 0, 800, double.PositiveInfinity, SemiContinuous: true)],
            1_000);
        double off = search.Value(1_000);
        double on = Enumerable.Range(0, 2001).Select(k => 800 + (k * 0.1)).Max(t => search.Value(1_000 - t) + tv.Value(t));
        var result = _allocator.Allocate(problem);

        Assert.True(off > on);
        Assert.Equal(0, result.Channels[1].Spend);
        Assert.Equal(ActiveBound.Off, result.Channels[1].ActiveBound);
        Assert.Equal(off, result.Objective, off * 1e-9);
    }

    [Fact]
    public void Allocate_MinimumIfActiveWorthIt_FundsAtLeastTheMinimum()
    {
        var search = new ExponentialCurve(2_000, 300);
        var tv = new HillCurve(30_000, 2_000, 2);
        var problem = new AllocationProblem(
            [Build.Channel("search", search), new ChannelSpec("tv", tv, 0, 1_500, double.PositiveInfinity, SemiContinuous: true)],
            4_000);
        // Brute force over tv ∈ {0} ∪ [1500, 4000] on a 0.05 grid.
        double best = search.Value(4_000);
        for (double t = 1_500; t <= 4_000; t += 0.05)
        {
            best = Math.Max(best, search.Value(4_000 - t) + tv.Value(t));
        }

        var result = _allocator.Allocate(problem);
        Assert.True(result.Channels[1].Spend >= 1_500);
        Assert.True(result.Objective >= best * (1 - 1e-9));
        Assert.Equal(4_000, result.TotalSpend, 1e-6);
    }
}
