using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>
/// The allocator against an independent exhaustive search: a fine grid over every split of the budget
/// (two free channels, the third takes the rest) followed by a pattern-search refinement around the best
/// grid point. The brute-force value is a feasible objective, so the certified answer must reach it, and
/// the certified bound must not be below it.
/// </summary>
public class BruteForceTests
{
    private readonly BudgetAllocator _allocator = new();

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Allocate_RandomThreeChannelProblem_ReachesBruteForceOptimum(int seed)
    {
        var random = new Random(seed);
        var channels = Enumerable.Range(0, 3).Select(i => Build.Channel($"c{i}", RandomCurve(random), max: 600 + (random.NextDouble() * 800), min: random.NextDouble() < 0.3 ? 50 : 0)).ToArray();
        double budget = 400 + (random.NextDouble() * 1000);
        var problem = Build.Problem(budget, channels);

        double brute = BruteForce(problem);
        var result = _allocator.Allocate(problem);

        Assert.Equal(budget, result.TotalSpend, budget * 1e-9);
        Assert.True(result.Objective >= brute * (1 - 1e-7), $"allocator {result.Objective} below brute force {brute}");
        Assert.True(result.BestBound >= brute * (1 - 1e-9), $"bound {result.BestBound} below a feasible value {brute}");
        Assert.True(result.RelativeGap <= 1e-6);
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(result.Channels[i].Spend, channels[i].MinSpend, channels[i].MaxSpend);
        }
    }

    [Fact]
    public void Allocate_TrapWhereSCurveOnlyPaysAboveItsInflection_FundsTheSCurve()
    {
        // A concave channel that pays early, and an S-curve worth far more once past its inflection (~690).
        // From an even split or from zero, a local method sees a near-zero slope on the S-curve and puts the
        // whole budget into the concave channel (response ≈ 3,000); the global optimum funds the S-curve.
        var concave = Build.Channel("search", new ExponentialCurve(3_000, 300));
        var scurve = Build.Channel("tv", new HillCurve(20_000, 1_000, 4));
        var problem = Build.Problem(1_500, concave, scurve);

        double brute = BruteForce(problem);
        var result = _allocator.Allocate(problem);

        Assert.True(result.Objective >= brute * (1 - 1e-7));
        Assert.True(result.Channels[1].Spend > 1_000, $"tv got {result.Channels[1].Spend}");
        Assert.True(result.Objective > 2 * concave.Curve.Value(1_500));
        Assert.Equal(SolveStatus.Optimal, result.Status);

        // KKT at the global optimum: both funded channels are interior, so both end at the budget's shadow price.
        Assert.Equal(result.Channels[1].MarginalRoas!.Value, result.BudgetShadowPrice, 1e-6 * result.BudgetShadowPrice);
        Assert.Equal(result.Channels[0].MarginalRoas!.Value, result.BudgetShadowPrice, 1e-6 * result.BudgetShadowPrice);
    }

    private static IResponseCurve RandomCurve(Random random)
    {
        double beta = 500 + (random.NextDouble() * 5_000), scale = 100 + (random.NextDouble() * 900);
        return random.Next(6) switch
        {
            0 => new ExponentialCurve(beta, scale),
            1 => new HillCurve(beta, scale, 0.5 + (random.NextDouble() * 0.5)),
            2 => new HillCurve(beta, scale, 1.5 + (random.NextDouble() * 3)),
            3 => new LogisticCurve(beta, 5 / scale, scale),
            4 => new WeibullCurve(beta, scale, 1.5 + random.NextDouble()),
            _ => new LogarithmicCurve(beta / 5, scale),
        };
    }

    /// <summary>Grid over (x0, x1) with x2 = B − x0 − x1, then coordinate pattern search with shrinking steps.</summary>
    private static double BruteForce(AllocationProblem problem)
    {
        var c = problem.Channels;
        double budget = problem.Budget;
        double Value(double x0, double x1)
        {
            double x2 = budget - x0 - x1;
            if (x0 < c[0].MinSpend || x0 > c[0].MaxSpend || x1 < c[1].MinSpend || x1 > c[1].MaxSpend || (c.Count > 2 && (x2 < c[2].MinSpend || x2 > c[2].MaxSpend)))
            {
                return double.NegativeInfinity;
            }

            return c[0].Curve.Value(x0) + c[1].Curve.Value(x1) + (c.Count > 2 ? c[2].Curve.Value(x2) : 0);
        }

        const int grid = 1500;
        double best = double.NegativeInfinity, b0 = 0, b1 = 0;
        for (int i = 0; i <= grid; i++)
        {
            for (int j = 0; j <= (c.Count > 2 ? grid : 0); j++)
            {
                double x0 = budget * i / grid, x1 = c.Count > 2 ? budget * j / grid : budget - x0;
                double v = Value(x0, x1);
                if (v > best)
                {
                    (best, b0, b1) = (v, x0, x1);
                }
            }
        }

        for (double step = budget / grid; step > 1e-9 * budget; step /= 2)
        {
            bool moved = true;
            while (moved)
            {
                moved = false;
                foreach (var (d0, d1) in new[] { (step, 0.0), (-step, 0.0), (0.0, step), (0.0, -step), (step, -step), (-step, step) })
                {
                    double v = Value(b0 + d0, c.Count > 2 ? b1 + d1 : budget - b0 - d0);
                    if (v > best)
                    {
                        (best, b0, b1, moved) = (v, b0 + d0, b1 + d1, true);
                    }
                }
            }
        }

        return best;
    }
}
