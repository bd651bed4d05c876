using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Every constraint kind at once on an S-curve problem, against an exhaustive search.</summary>
public class CombinedConstraintTests
{
    [Fact]
    public void Allocate_AllConstraintKindsTogether_MatchesExhaustiveSearch()
    {
        var tv = new HillCurve(9_000, 700, 2.5);
        var search = new ExponentialCurve(4_000, 300);
        var social = new HillCurve(3_000, 400, 0.8);
        var display = new LogisticCurve(2_500, 0.01, 300);
        var channels = new[]
        {
            new ChannelSpec("tv", tv, 500, 0, 1_000, SpendStep: 100),
            new ChannelSpec("search", search, 300, 200, 900, SemiContinuous: true),
            new ChannelSpec("social", social, 200, 0, 800),
            new ChannelSpec("display", display, 0, 0, 800),
        };
        var problem = new AllocationProblem(
            channels,
            1_500,
            Groups: [new GroupConstraint("digital", [1, 2, 3], MinShare: 0.4)],
            Ratios: [new RatioConstraint("search_vs_social", [1], [2], MaxRatio: 2)],
            MaxActiveChannels: 3);

        bool Feasible(double t, double s, double so, double d) =>
            s + so + d >= (0.4 * 1_500) - 1e-6 && s <= (2 * so) + 1e-6 && (s == 0 || s >= 200 - 1e-9)
            && so >= 0 && so <= 800 && d >= 0 && d <= 800 && s <= 900
            && new[] { t, s, so, d }.Count(v => v > 0) <= 3;

        // Exhaustive: tv over its blocks, search over {0} ∪ [200, 900] and social on a 2.5 grid, display takes the rest.
        double best = double.NegativeInfinity;
        for (int blocks = 0; blocks <= 10; blocks++)
        {
            double t = 100 * blocks;
            for (double s = 0; s <= 900; s = s == 0 ? 200 : s + 2.5)
            {
                for (double so = 0; so <= 800; so += 2.5)
                {
                    double d = 1_500 - t - s - so;
                    if (d >= -1e-9 && Feasible(t, s, so, Math.Max(d, 0)))
                    {
                        best = Math.Max(best, tv.Value(t) + search.Value(s) + social.Value(so) + display.Value(Math.Max(d, 0)));
                    }
                }
            }
        }

        var result = new BudgetAllocator().Allocate(problem);
        double[] x = [.. result.Channels.Select(c => c.Spend)];

        Assert.True(Feasible(x[0], x[1], x[2], x[3]), string.Join(", ", x));
        Assert.Equal(Math.Round(x[0] / 100), x[0] / 100, 1e-9);
        Assert.Equal(1_500, x.Sum(), 1e-6);
        Assert.True(result.Objective >= best * (1 - 1e-9), $"{result.Objective} below the exhaustive search {best}");
        Assert.True(result.RelativeGap <= 1e-6);
    }
}
