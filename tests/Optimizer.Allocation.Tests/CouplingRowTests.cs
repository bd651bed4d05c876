using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Group, share and ratio constraints, alone and combined, against brute force over the budget simplex.</summary>
public class CouplingRowTests
{
    private readonly BudgetAllocator _allocator = new();

    private static ChannelSpec[] Channels() =>
    [
        Build.Channel("search", new ExponentialCurve(6_000, 300), max: 1_000),
        Build.Channel("social", new HillCurve(5_000, 400, 0.8), max: 1_000),
        Build.Channel("tv", new HillCurve(9_000, 700, 2.5), max: 1_000),
    ];

    public static TheoryData<string> Cases() => ["group max", "group min share", "ratio max", "combined"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Allocate_WithCouplingRows_MatchesBruteForce(string name)
    {
        var (groups, ratios, check) = Case(name);
        var problem = new AllocationProblem(Channels(), 1_200, Groups: groups, Ratios: ratios);

        var result = _allocator.Allocate(problem);
        double[] x = [.. result.Channels.Select(c => c.Spend)];
        double brute = BruteForce(problem, check);

        Assert.True(check(x[0], x[1], x[2]), $"split {string.Join(", ", x)} breaks {name}");
        Assert.Equal(1_200, result.TotalSpend, 1e-6);
        Assert.True(result.Objective >= brute * (1 - 1e-7), $"{result.Objective} below brute force {brute}");
        Assert.True(result.RelativeGap <= 1e-6);
    }

    [Fact]
    public void Allocate_BindingGroup_ReportsItsShadowPrice()
    {
        // search + social ≤ 300 binds (both are steep early); its shadow price is the gap between their common
        // marginal value and the budget's price (tv's marginal value).
        var groups = new[] { new GroupConstraint("digital", [0, 1], MaxSpend: 300) };
        var result = _allocator.Allocate(new AllocationProblem(Channels(), 1_200, Groups: groups));
        var row = Assert.Single(result.ConstraintPrices, p => p.Name.StartsWith("group digital", StringComparison.Ordinal));
        Assert.True(row.Binding);
        double tvMarginal = result.Channels[2].MarginalRoas!.Value, searchMarginal = result.Channels[0].MarginalRoas!.Value;
        Assert.Equal(searchMarginal - tvMarginal, row.ShadowPrice, 1e-4 * searchMarginal);
    }

    [Fact]
    public void Allocate_GroupShareAboveWhatItsChannelsCanTake_NamesTheConflict()
    {
        var channels = new[]
        {
            Build.Channel("search", new ExponentialCurve(100, 10), max: 200),
            Build.Channel("social", new ExponentialCurve(100, 10), max: 300),
            Build.Channel("tv", new ExponentialCurve(100, 10)),
        };
        var problem = new AllocationProblem(channels, 1_000, Groups: [new GroupConstraint("digital", [0, 1], MinShare: 0.6)]);
        var error = Assert.Throws<InfeasibleProblemException>(() => _allocator.Allocate(problem));
        Assert.Contains("group digital min_share 0.6", error.Message);
        Assert.Contains("budget 1000 (exact)", error.Message);
        Assert.Contains("search in [0, 200]", error.Message);
        Assert.Contains("social in [0, 300]", error.Message);
    }

    private static (GroupConstraint[] Groups, RatioConstraint[] Ratios, Func<double, double, double, bool> Check) Case(string name) => name switch
    {
        "group max" => ([new GroupConstraint("digital", [0, 1], MaxSpend: 500)], [], (a, b, c) => a + b <= 500 + 1e-6),
        "group min share" => ([new GroupConstraint("tv_share", [2], MinShare: 0.6)], [], (a, b, c) => c >= (0.6 * (a + b + c)) - 1e-6),
        "ratio max" => ([], [new RatioConstraint("search_vs_social", [0], [1], MaxRatio: 0.5)], (a, b, c) => a <= (0.5 * b) + 1e-6),
        _ => ([new GroupConstraint("digital", [0, 1], MinShare: 0.5)], [new RatioConstraint("search_vs_social", [0], [1], MinRatio: 1.5)], (a, b, c) => a + b >= (0.5 * (a + b + c)) - 1e-6 && a >= (1.5 * b) - 1e-6),
    };

    /// <summary>Grid over (search, social), tv takes the rest; then pattern refinement inside the feasible set.</summary>
    private static double BruteForce(AllocationProblem problem, Func<double, double, double, bool> check)
    {
        var c = problem.Channels;
        double budget = problem.Budget;
        double Value(double a, double b)
        {
            double t = budget - a - b;
            bool inside = a >= 0 && b >= 0 && t >= 0 && a <= c[0].MaxSpend && b <= c[1].MaxSpend && t <= c[2].MaxSpend && check(a, b, t);
            return inside ? c[0].Curve.Value(a) + c[1].Curve.Value(b) + c[2].Curve.Value(t) : double.NegativeInfinity;
        }

        double best = double.NegativeInfinity, ba = 0, bb = 0;
        const int grid = 1200;
        for (int i = 0; i <= grid; i++)
        {
            for (int j = 0; j <= grid - i; j++)
            {
                double v = Value(budget * i / grid, budget * j / grid);
                if (v > best)
                {
                    (best, ba, bb) = (v, budget * i / grid, budget * j / grid);
                }
            }
        }

        for (double step = budget / grid; step > 1e-9; step /= 2)
        {
            for (bool moved = true; moved;)
            {
                moved = false;
                foreach (var (da, db) in new[] { (step, 0.0), (-step, 0.0), (0.0, step), (0.0, -step), (step, -step), (-step, step), (step, step / 2), (-step, -step / 2), (step / 2, step), (-step / 2, -step) })
                {
                    double v = Value(ba + da, bb + db);
                    if (v > best)
                    {
                        (best, ba, bb, moved) = (v, ba + da, bb + db, true);
                    }
                }
            }
        }

        return best;
    }
}
