using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>
/// Every error case of the contract: INVALID_ARGUMENT with google.rpc.BadRequest naming the field, and
/// FAILED_PRECONDITION naming the conflicting constraints with their numbers; each with an ErrorInfo.
/// </summary>
public sealed class ErrorTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static AllocateBudgetRequest Valid() => Requests.Allocate(30_000,
        Requests.Exponential("search", 100_000, 20_000, current: 10_000),
        Requests.Exponential("social", 60_000, 10_000, current: 10_000));

    public static TheoryData<string, string> InvalidRequests() => new()
    {
        { "nan_current_spend", "channels[0].current_spend" },
        { "negative_current_spend", "channels[1].current_spend" },
        { "negative_max_spend", "channels[0].max_spend" },
        { "nan_budget", "budget.total" },
        { "negative_budget", "budget.total" },
        { "min_above_max", "channels[0]" },
        { "duplicate_name", "channels[1].name" },
        { "empty_name", "channels[0].name" },
        { "unset_curve", "channels[1].curve" },
        { "bad_curve_parameter", "channels[0].curve.hill.half_saturation" },
        { "nan_curve_parameter", "channels[1].curve.exponential.scale" },
        { "missing_budget", "budget" },
        { "unknown_group_channel", "groups[0].channels[1]" },
        { "bad_gap_tolerance", "options.relative_gap_tolerance" },
        { "nan_ratio_bound", "channels[0].min_spend_ratio" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task AllocateBudget_InvalidRequest_IsInvalidArgumentNamingTheField(string scenario, string field)
    {
        var request = Break(Valid(), scenario);

        var error = await Assert.ThrowsAsync<RpcException>(() => service.Client.AllocateBudgetAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(ErrorDetails.ViolatedFields(error), f => f.StartsWith(field, StringComparison.Ordinal));
        Assert.Equal("optimizer.v1", ErrorDetails.Info(error).Domain);
        Assert.StartsWith("INVALID_", ErrorDetails.Info(error).Reason);
    }

    [Fact]
    public async Task AllocateBudget_EmptyRequest_NamesChannelsAndBudgetAtOnce()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => service.Client.AllocateBudgetAsync(new AllocateBudgetRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = ErrorDetails.ViolatedFields(error);
        Assert.Contains("channels", fields);
        Assert.Contains("budget", fields);
        Assert.Equal("INVALID_REQUEST", ErrorDetails.Info(error).Reason);
        Assert.Equal("channels,budget", ErrorDetails.Info(error).Metadata["fields"]);
    }

    [Fact]
    public async Task AllocateBudget_BudgetAboveSumOfMaximums_IsFailedPreconditionWithTheNumbers()
    {
        var a = Requests.Exponential("a", 100_000, 20_000);
        a.MaxSpend = 200;
        var b = Requests.Exponential("b", 100_000, 20_000);
        b.MaxSpend = 250;
        var request = Requests.Allocate(1_000, a, b);

        var error = await Assert.ThrowsAsync<RpcException>(() => service.Client.AllocateBudgetAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("1000", error.Status.Detail);
        Assert.Contains("450", error.Status.Detail);
        Assert.Equal("INFEASIBLE_CONSTRAINTS", ErrorDetails.Info(error).Reason);
        Assert.NotNull(ErrorDetails.Status(error).GetDetail<Google.Rpc.PreconditionFailure>());
    }

    [Fact]
    public async Task AllocateBudget_BudgetBelowSumOfMinimums_IsFailedPreconditionWithTheNumbers()
    {
        var a = Requests.Exponential("a", 100_000, 20_000);
        a.MinSpend = 300;
        var b = Requests.Exponential("b", 100_000, 20_000);
        b.MinSpend = 400;
        var request = Requests.Allocate(500, a, b);

        var error = await Assert.ThrowsAsync<RpcException>(() => service.Client.AllocateBudgetAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("500", error.Status.Detail);
        Assert.Contains("700", error.Status.Detail);
    }

    [Fact]
    public async Task AllocateBudget_BudgetOffTheSpendSteps_IsFailedPreconditionNamingTheSpendSteps()
    {
        var a = Requests.Exponential("a", 100_000, 20_000);
        a.SpendStep = 10;
        var request = Requests.Allocate(105, a);

        var error = await Assert.ThrowsAsync<RpcException>(() => service.Client.AllocateBudgetAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var subjects = ErrorDetails.Status(error).GetDetail<Google.Rpc.PreconditionFailure>().Violations.Select(v => v.Subject).ToList();
        Assert.Contains("spend steps", subjects);
        Assert.DoesNotContain("minimum spend if active", subjects);
        Assert.DoesNotContain("minimum spend if active", error.Status.Detail);
    }

    [Fact]
    public async Task EvaluateAllocation_UnknownAndNegativeSpends_AreReportedTogether()
    {
        var request = new EvaluateAllocationRequest();
        request.Channels.Add(Requests.Exponential("search", 100_000, 20_000));
        request.Spends.Add(new ChannelSpend { Name = "nope", Spend = 1 });
        request.Spends.Add(new ChannelSpend { Name = "search", Spend = -5 });

        var error = await Assert.ThrowsAsync<RpcException>(() => service.Client.EvaluateAllocationAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["spends[0].name", "spends[1].spend"], ErrorDetails.ViolatedFields(error));
    }

    [Fact]
    public async Task ComputeBudgetFrontier_CoreViolation_IsReportedUnderScenario()
    {
        var scenario = Valid();
        scenario.Channels[1].Name = "search";
        var request = new ComputeBudgetFrontierRequest { Scenario = scenario, MinBudget = 0, MaxBudget = 10, PointCount = 2 };

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = service.Client.ComputeBudgetFrontier(request);
            await call.ResponseStream.ReadAllAsync().ToListAsync();
        });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("scenario.channels[1].name", ErrorDetails.ViolatedFields(error));
    }

    private static AllocateBudgetRequest Break(AllocateBudgetRequest request, string scenario)
    {
        var first = request.Channels[0];
        var second = request.Channels[1];
        switch (scenario)
        {
            case "nan_current_spend": first.CurrentSpend = double.NaN; break;
            case "negative_current_spend": second.CurrentSpend = -1; break;
            case "negative_max_spend": first.MaxSpend = -10; break;
            case "nan_budget": request.Budget.Total = double.NaN; break;
            case "negative_budget": request.Budget.Total = -1; break;
            case "min_above_max": first.MinSpend = 5_000; first.MaxSpend = 1_000; break;
            case "duplicate_name": second.Name = first.Name; break;
            case "empty_name": first.Name = ""; break;
            case "unset_curve": second.Curve = new ResponseCurve(); break;
            case "bad_curve_parameter": first.Curve = new ResponseCurve { Hill = new HillCurve { MaxResponse = 1, HalfSaturation = -1, Slope = 1 } }; break;
            case "nan_curve_parameter": second.Curve.Exponential.Scale = double.NaN; break;
            case "missing_budget": request.Budget = null; break;
            case "unknown_group_channel": request.Groups.Add(new GroupConstraint { Name = "digital", Channels = { "search", "tiktok" }, MinShare = 0.5 }); break;
            case "bad_gap_tolerance": request.Options = new SolveOptions { RelativeGapTolerance = 2 }; break;
            case "nan_ratio_bound": first.MinSpendRatio = double.NaN; break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario.");
        }

        return request;
    }
}
