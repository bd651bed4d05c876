using Optimizer.Contracts.Mapping;
using Optimizer.Contracts.Mapping.Validation;
using Optimizer.Service.Tests.TestSupport;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.Unit;

public sealed class FrontierValidatorTests
{
    private static V1.ComputeBudgetFrontierRequest Request() => new()
    {
        Scenario = Requests.Allocate(0, Requests.Exponential("a", 1, 1)),
        MinBudget = 100,
        MaxBudget = 200,
        PointCount = 5,
    };

    [Fact]
    public void Validate_PointCount_ListsEvenlySpacedBudgets()
    {
        var violations = new ViolationList();

        var budgets = FrontierValidator.Validate(Request(), RequestLimits.Default, violations);

        Assert.False(violations.Any);
        Assert.Equal([100, 125, 150, 175, 200], budgets);
    }

    [Fact]
    public void Validate_StepThatDividesTheRange_EndsExactlyAtTheMaximum()
    {
        var request = Request();
        request.BudgetStep = 0.1;
        request.MinBudget = 0;
        request.MaxBudget = 0.3;

        var budgets = FrontierValidator.Validate(request, RequestLimits.Default, new ViolationList());

        Assert.Equal(4, budgets.Count);
        Assert.Equal(0.3, budgets[^1]);
    }

    [Fact]
    public void Validate_BadRange_RecordsEachField()
    {
        var request = Request();
        request.MinBudget = double.NaN;
        request.MaxBudget = -1;
        request.PointCount = 1;
        var violations = new ViolationList();

        var budgets = FrontierValidator.Validate(request, RequestLimits.Default, violations);

        Assert.Empty(budgets);
        var fields = Assert.Throws<RequestValidationException>(violations.ThrowIfAny).Violations.Select(v => v.Field).ToArray();
        Assert.Contains("min_budget", fields);
        Assert.Contains("max_budget", fields);
        Assert.Contains("point_count", fields);
    }
}
