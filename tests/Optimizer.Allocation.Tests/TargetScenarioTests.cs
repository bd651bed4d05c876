using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Target scenarios: CPA, unreachable targets, and raising spend above today's when the target allows it.</summary>
public class TargetScenarioTests
{
    private readonly BudgetAllocator _allocator = new();

    [Fact]
    public void Allocate_TargetCpa_SpendsUntilCostPerConversionMeetsTheTarget()
    {
        // Conversions f = β ln(1 + x/a), value 40 per conversion: CPA(x) = x/f(x) rises with x; the optimum
        // spends the x with x = κ f(x). Independent root by bisection.
        var curve = new LogarithmicCurve(500, 2_000);
        double cpa = 25;
        var problem = new AllocationProblem([new ChannelSpec("search", curve, 5_000, 0, double.PositiveInfinity, ValuePerResponse: 40)], 1e7, BudgetMode.AtMost, new Objective(ObjectiveKind.TargetCpa, cpa));
        double lo = 1, hi = 1e7;
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            (lo, hi) = mid <= cpa * curve.Value(mid) ? (mid, hi) : (lo, mid);
        }

        var result = _allocator.Allocate(problem);
        Assert.Equal(lo, result.TotalSpend, lo * 1e-5);
        Assert.True(result.TotalSpend <= cpa * result.TotalResponse * (1 + 1e-9));
        Assert.True(result.TotalSpend > 5_000, "the target allows spending above today's 5,000");
    }

    [Fact]
    public void Allocate_UnreachableRoasTarget_StatesTheBestReachable()
    {
        // f = 1000(1 − e^(−x/100)): ROAS ≤ f'(0) = 10 everywhere, so 50 is out of reach.
        var problem = new AllocationProblem([Build.Channel("a", new ExponentialCurve(1_000, 100))], 10_000, BudgetMode.AtMost, new Objective(ObjectiveKind.TargetRoas, 50));
        var error = Assert.Throws<TargetUnreachableException>(() => _allocator.Allocate(problem));
        Assert.Equal("roas", error.Target);
        Assert.InRange(error.BestReachable, 5, 10);
        Assert.Contains("target ROAS 50 cannot be reached", error.Message);
    }

    [Fact]
    public void Allocate_UnreachableResponseTarget_StatesTheBestReachable()
    {
        var curve = new ExponentialCurve(1_000, 100);
        var problem = new AllocationProblem([Build.Channel("a", curve, max: 200)], 10_000, BudgetMode.AtMost, new Objective(ObjectiveKind.ReachResponseTarget, 5_000));
        var error = Assert.Throws<TargetUnreachableException>(() => _allocator.Allocate(problem));
        Assert.Equal(curve.Value(200), error.BestReachable, 1e-6);
    }

    [Fact]
    public void Allocate_TargetRoasWithBounds_KeepsEveryBound()
    {
        var problem = new AllocationProblem(
            [Build.Channel("a", new ExponentialCurve(50_000, 10_000), min: 2_000, max: 30_000), Build.Channel("b", new LogarithmicCurve(8_000, 1_000), min: 1_000, max: 5_000)],
            100_000,
            BudgetMode.AtMost,
            new Objective(ObjectiveKind.TargetRoas, 2));
        var result = _allocator.Allocate(problem);
        Assert.InRange(result.Channels[0].Spend, 2_000, 30_000);
        Assert.InRange(result.Channels[1].Spend, 1_000, 5_000);
        double value = result.Channels.Sum(c => c.Response);
        Assert.True(value >= 2 * result.TotalSpend * (1 - 1e-9));
    }
}
