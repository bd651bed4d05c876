using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>At most K active channels, against enumeration of every K-subset with an exact concave solve.</summary>
public class CardinalityTests
{
    private readonly BudgetAllocator _allocator = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Allocate_AtMostKActive_MatchesBestSubset(int k)
    {
        var random = new Random(11);
        var channels = Enumerable.Range(0, 6).Select(i => Build.Channel($"c{i}", new ExponentialCurve(2_000 + (random.NextDouble() * 8_000), 300 + (random.NextDouble() * 1_500)))).ToArray();
        var problem = new AllocationProblem(channels, 3_000, MaxActiveChannels: k);

        // Reference: every subset of size k solved without the limit (concave: exact), best value wins.
        double best = double.NegativeInfinity;
        foreach (var subset in Subsets(6, k))
        {
            var sub = new AllocationProblem(subset.Select(i => channels[i]).ToArray(), 3_000);
            best = Math.Max(best, _allocator.Allocate(sub).Objective);
        }

        var result = _allocator.Allocate(problem);
        Assert.True(result.Channels.Count(c => c.Spend > 0) <= k);
        Assert.Equal(best, result.Objective, best * 1e-6);
        Assert.Equal(3_000, result.TotalSpend, 1e-6);
    }

    [Fact]
    public void Allocate_MoreFundedMinimumsThanTheLimit_NamesThem()
    {
        var problem = new AllocationProblem(
            [Build.Channel("a", new ExponentialCurve(100, 10), min: 10), Build.Channel("b", new ExponentialCurve(100, 10), min: 10), Build.Channel("c", new ExponentialCurve(100, 10))],
            100,
            MaxActiveChannels: 1);
        var error = Assert.Throws<InfeasibleProblemException>(() => _allocator.Allocate(problem));
        Assert.Contains("at most 1 active channels conflicts with 2 channels that must be funded (a min 10, b min 10)", error.Message);
    }

    private static IEnumerable<int[]> Subsets(int n, int k)
    {
        for (int mask = 0; mask < 1 << n; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) == k)
            {
                yield return [.. Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0)];
            }
        }
    }
}
