using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>ComputeBudgetFrontier: the server stream of re-optimized splits.</summary>
public sealed class ComputeBudgetFrontierTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static ComputeBudgetFrontierRequest Frontier() => new()
    {
        Scenario = Requests.Allocate(0,
            Requests.Exponential("a", 100_000, 20_000),
            Requests.Exponential("b", 60_000, 10_000)),
        MinBudget = 10_000,
        MaxBudget = 60_000,
        PointCount = 6,
    };

    [Fact]
    public async Task ComputeBudgetFrontier_PointCount_StreamsEachBudgetWithNonDecreasingResponse()
    {
        using var call = service.Client.ComputeBudgetFrontier(Frontier());
        var points = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal([10_000, 20_000, 30_000, 40_000, 50_000, 60_000], points.Select(p => p.Budget));
        Assert.Equal(Enumerable.Range(0, 6), points.Select(p => p.PointIndex));
        Assert.All(points, p => Assert.Equal(SolveStatus.Optimal, p.Status));
        Assert.All(points, p => Assert.Equal(p.Budget, p.Totals.Spend, 1e-6));
        for (int k = 1; k < points.Count; k++)
        {
            Assert.True(points[k].Totals.Response >= points[k - 1].Totals.Response);
            Assert.True(points[k].BudgetShadowPrice <= points[k - 1].BudgetShadowPrice);
        }
    }

    [Fact]
    public async Task ComputeBudgetFrontier_BudgetStep_IncludesTheMaximum()
    {
        var request = Frontier();
        request.BudgetStep = 20_000;

        using var call = service.Client.ComputeBudgetFrontier(request);
        var budgets = (await call.ResponseStream.ReadAllAsync().ToListAsync()).Select(p => p.Budget);

        Assert.Equal([10_000, 30_000, 50_000, 60_000], budgets);
    }

    [Fact]
    public async Task ComputeBudgetFrontier_TooManyPoints_IsInvalidArgument()
    {
        var request = Frontier();
        request.PointCount = 1_000_000;

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = service.Client.ComputeBudgetFrontier(request);
            await call.ResponseStream.ReadAllAsync().ToListAsync();
        });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("point_count", ErrorDetails.ViolatedFields(error));
    }
}
