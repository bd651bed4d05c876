using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Inputs at the edges of double precision, found by a newcomer's tries.</summary>
public class ExtremeInputTests
{
    private readonly BudgetAllocator _allocator = new();

    [Fact]
    public void Allocate_StepFarLargerThanTheBudget_KeepsTheChannelAtZero()
    {
        // A step of 1e12 with a budget of 1,000: the only multiple within reach is 0.
        var problem = new AllocationProblem(
            [new ChannelSpec("a", new ExponentialCurve(5_000, 300), 0, 0, double.PositiveInfinity, SpendStep: 1e12), Build.Channel("b", new ExponentialCurve(5_000, 300))],
            1_000);
        var result = _allocator.Allocate(problem);
        Assert.Equal(0, result.Channels[0].Spend);
        Assert.Equal(1_000, result.Channels[1].Spend, 1e-9);
    }

    [Theory]
    [InlineData(1e100)]
    [InlineData(1e300)]
    public void Allocate_ProfitWithAHugeCap_MatchesTheModestCap(double cap)
    {
        // The profit optimum (spend where mROAS = 1) is far below either cap, so both caps give the same split.
        ChannelSpec[] Channels() => [Build.Channel("a", new ExponentialCurve(5_000, 300)), Build.Channel("b", new HillCurve(5_000, 300, 2))];
        var modest = _allocator.Allocate(new AllocationProblem(Channels(), 1e6, BudgetMode.AtMost, new Objective(ObjectiveKind.MaximizeProfit)));
        var huge = _allocator.Allocate(new AllocationProblem(Channels(), cap, BudgetMode.AtMost, new Objective(ObjectiveKind.MaximizeProfit)));
        Assert.Equal(modest.Objective, huge.Objective, modest.Objective * 1e-9);
        Assert.True(huge.Channels[1].Spend > 0);
        Assert.True(huge.BestBound >= huge.Objective);
    }

    [Fact]
    public void Allocate_ValuesBeyondDoublePrecisionTotals_IsRejectedNamingTheCurve()
    {
        var problem = Build.Problem(1_000, Build.Channel("a", new ExponentialCurve(1.7e308, 300)), Build.Channel("b", new ExponentialCurve(1.7e308, 300)));
        var error = Assert.Throws<ProblemValidationException>(() => _allocator.Allocate(problem));
        Assert.Contains(error.Violations, v => v.Field == "channels[0].curve");
    }

    [Fact]
    public void Evaluate_ResponseBeyondDoublePrecision_IsRejectedNamingTheCurve()
    {
        var error = Assert.Throws<ProblemValidationException>(() => _allocator.Evaluate([new ChannelSpec("a", new PowerCurve(1e300, 1), 1e300, 0, double.PositiveInfinity)], [1e300]));
        Assert.Contains(error.Violations, v => v.Field == "channels[0].curve");
    }
}
