using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Allocations whose optimum is known in closed form from the KKT conditions.</summary>
public class ClosedFormTests
{
    private readonly BudgetAllocator _allocator = new();

    [Fact]
    public void Allocate_IdenticalChannels_SplitEqually()
    {
        var problem = Build.Problem(
            1000,
            Enumerable.Range(0, 4).Select(i => Build.Channel($"c{i}", new HillCurve(500, 300, 0.8))).ToArray());
        var result = _allocator.Allocate(problem);
        Assert.All(result.Channels, c => Assert.Equal(250, c.Spend, 1e-7));
        Assert.Equal(SolveStatus.Optimal, result.Status);
    }

    [Fact]
    public void Allocate_ExponentialChannels_MatchClosedFormKkt()
    {
        // f_i = β_i(1 − e^(−x/a_i)); KKT: (β_i/a_i)e^(−x_i/a_i) = λ ⇒ x_i = a_i ln(β_i/(a_i λ)),
        // and Σ x_i = B gives ln λ = (Σ a_i ln(β_i/a_i) − B) / Σ a_i (all channels interior).
        double[] beta = [50_000, 80_000, 20_000], a = [10_000, 25_000, 4_000];
        double budget = 30_000;
        double lnLambda = (Enumerable.Range(0, 3).Sum(i => a[i] * Math.Log(beta[i] / a[i])) - budget) / a.Sum();
        double[] expected = Enumerable.Range(0, 3).Select(i => a[i] * (Math.Log(beta[i] / a[i]) - lnLambda)).ToArray();
        Assert.All(expected, x => Assert.True(x > 0));

        var problem = Build.Problem(budget, Enumerable.Range(0, 3).Select(i => Build.Channel($"c{i}", new ExponentialCurve(beta[i], a[i]))).ToArray());
        var result = _allocator.Allocate(problem);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], result.Channels[i].Spend, expected[i] * 1e-9);
        }

        Assert.Equal(Math.Exp(lnLambda), result.BudgetShadowPrice, Math.Exp(lnLambda) * 1e-8);
        Assert.Equal(budget, result.TotalSpend, budget * 1e-12);
        Assert.True(result.RelativeGap <= 1e-9);
    }

    [Fact]
    public void Allocate_LogarithmicChannels_MatchClosedFormKkt()
    {
        // f_i = β_i ln(1 + x/a_i); KKT: β_i/(a_i + x_i) = λ ⇒ x_i = β_i/λ − a_i, λ = Σβ_i / (B + Σ a_i).
        double[] beta = [1_000, 3_000, 2_000], a = [100, 500, 50];
        double budget = 10_000;
        double lambda = beta.Sum() / (budget + a.Sum());
        var problem = Build.Problem(budget, Enumerable.Range(0, 3).Select(i => Build.Channel($"c{i}", new LogarithmicCurve(beta[i], a[i]))).ToArray());
        var result = _allocator.Allocate(problem);
        for (int i = 0; i < 3; i++)
        {
            double expected = (beta[i] / lambda) - a[i];
            Assert.Equal(expected, result.Channels[i].Spend, expected * 1e-9);
            Assert.Equal(lambda, result.Channels[i].MarginalRoas!.Value, lambda * 1e-8);
        }
    }

    [Fact]
    public void Allocate_PowerChannels_MatchClosedFormKkt()
    {
        // f_i = β_i x^p (same p): KKT gives x_i ∝ β_i^(1/(1−p)).
        double[] beta = [3, 5, 8];
        double p = 0.6, budget = 1e6;
        double[] w = beta.Select(b => Math.Pow(b, 1 / (1 - p))).ToArray();
        var problem = Build.Problem(budget, Enumerable.Range(0, 3).Select(i => Build.Channel($"c{i}", new PowerCurve(beta[i], p))).ToArray());
        var result = _allocator.Allocate(problem);
        for (int i = 0; i < 3; i++)
        {
            double expected = budget * w[i] / w.Sum();
            Assert.Equal(expected, result.Channels[i].Spend, expected * 1e-9);
        }
    }

    [Fact]
    public void Allocate_ConcaveTabulatedCurves_FillSteepestSegmentsFirst()
    {
        // Concave tables: the optimum takes segments in decreasing slope order (greedy is exact for concave PWL).
        // A: slopes 3 on [0,100], 1 on [100,300]; B: slopes 2 on [0,200], 0.5 on [200,400]. Budget 350:
        // A's 3-segment (100), B's 2-segment (200), then A's 1-segment gets the last 50.
        var a = new PiecewiseLinearCurve([0, 100, 300], [0, 300, 500]);
        var b = new PiecewiseLinearCurve([0, 200, 400], [0, 400, 500]);
        var result = _allocator.Allocate(Build.Problem(350, Build.Channel("a", a), Build.Channel("b", b)));
        Assert.Equal(150, result.Channels[0].Spend, 1e-9);
        Assert.Equal(200, result.Channels[1].Spend, 1e-9);
        Assert.Equal(350 + 400, result.Objective, 1e-9);
    }

    [Fact]
    public void Allocate_ProfitWithExponential_SpendsWhereMarginalReturnIsOne()
    {
        // max β(1 − e^(−x/a)) − x ⇒ (β/a)e^(−x/a) = 1 ⇒ x = a ln(β/a), when the cap is slack.
        var problem = new AllocationProblem([Build.Channel("c", new ExponentialCurve(100_000, 20_000))], 1e9, BudgetMode.AtMost, new Objective(ObjectiveKind.MaximizeProfit));
        var result = _allocator.Allocate(problem);
        double expected = 20_000 * Math.Log(5);
        Assert.Equal(expected, result.Channels[0].Spend, expected * 1e-9);
        Assert.Equal(0, result.BudgetShadowPrice);
    }

    [Fact]
    public void Allocate_MarginalRoasFloor_StopsWhereMarginalRoasMeetsTheFloor()
    {
        // Floor θ = 2: x_i = a_i ln(β_i/(a_i θ)) for channels whose initial mROAS β_i/a_i exceeds θ; others stay at 0.
        var problem = new AllocationProblem(
            [Build.Channel("strong", new ExponentialCurve(100_000, 10_000)), Build.Channel("weak", new ExponentialCurve(15_000, 10_000))],
            1e9,
            BudgetMode.AtMost,
            new Objective(ObjectiveKind.MarginalRoasFloor, 2));
        var result = _allocator.Allocate(problem);
        Assert.Equal(10_000 * Math.Log(5), result.Channels[0].Spend, 1e-6);
        Assert.Equal(0, result.Channels[1].Spend);
        Assert.Equal(2, result.Channels[0].MarginalRoas!.Value, 1e-8);
    }

    [Fact]
    public void Allocate_ReachResponseTarget_SpendsTheClosedFormMinimum()
    {
        // Two identical exponential channels split equally; total response 2β(1 − e^(−x/a)) = T
        // ⇒ total spend 2x with x = −a ln(1 − T/(2β)).
        double beta = 10_000, a = 5_000, target = 12_000;
        var problem = new AllocationProblem(
            [Build.Channel("a", new ExponentialCurve(beta, a)), Build.Channel("b", new ExponentialCurve(beta, a))],
            1e6,
            BudgetMode.AtMost,
            new Objective(ObjectiveKind.ReachResponseTarget, target));
        var result = _allocator.Allocate(problem);
        double expected = 2 * -a * Math.Log(1 - (target / (2 * beta)));
        Assert.Equal(expected, result.TotalSpend, expected * 2e-6);
        Assert.True(result.TotalResponse >= target * (1 - 1e-12));
    }

    [Fact]
    public void Allocate_TargetRoas_SpendsUntilRoasMeetsTheTarget()
    {
        // One log channel f = β ln(1 + x/a): ROAS(x) = f(x)/x decreases; the optimum is the x with f(x) = ρx.
        var curve = new LogarithmicCurve(50_000, 1_000);
        double rho = 3;
        var problem = new AllocationProblem([Build.Channel("c", curve)], 1e7, BudgetMode.AtMost, new Objective(ObjectiveKind.TargetRoas, rho));
        var result = _allocator.Allocate(problem);
        double x = result.Channels[0].Spend;
        // Independent root of f(x) − ρx by bisection.
        double lo = 1, hi = 1e7;
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            (lo, hi) = curve.Value(mid) >= rho * mid ? (mid, hi) : (lo, mid);
        }

        Assert.Equal(lo, x, lo * 1e-5);
        Assert.True(curve.Value(x) >= rho * x * (1 - 1e-9));
    }
}
