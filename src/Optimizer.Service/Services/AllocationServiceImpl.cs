using Grpc.Core;
using Optimizer.Allocation;
using Optimizer.Allocation.Errors;
using Optimizer.Service.Hosting;
using Optimizer.Service.Mapping;
using Optimizer.Service.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Service.Services;

/// <summary>
/// The optimizer.v1 AllocationService: validates each request's structure, maps it to the core model, calls
/// <see cref="IBudgetAllocator"/> on the call's thread with the call's cancellation token, and maps the result
/// back. No maths here; errors are turned into google.rpc.Status by <see cref="Errors.ErrorInterceptor"/>.
/// </summary>
internal sealed class AllocationServiceImpl(
    IBudgetAllocator allocator,
    ServiceLimits limits,
    TimeProvider time,
    ILogger<AllocationServiceImpl> logger) : V1.AllocationService.AllocationServiceBase
{
    private const string ScenarioPrefix = "scenario.";

    /// <inheritdoc />
    public override Task<V1.AllocateBudgetResponse> AllocateBudget(V1.AllocateBudgetRequest request, ServerCallContext context)
    {
        var violations = new ViolationList();
        ScenarioValidator.Validate(request, limits, prefix: "", budgetRequired: true, violations);
        var problem = violations.Checked(ProblemMapping.ToProblem(request, prefix: "", violations));
        var options = SolveOptionsMapping.ToDomain(request.Options, context.Deadline, time.GetUtcNow().UtcDateTime, limits);
        var result = allocator.Allocate(problem, options, context.CancellationToken);
        ServiceLog.Solved(logger, problem.Channels.Count, result.Status, result.RelativeGap, result.WallTime.TotalMilliseconds);

        var response = ResultMapping.ToResponse(result, problem.Channels);
        response.CurrencyCode = request.CurrencyCode;
        response.ResponseUnit = request.ResponseUnit;
        return Task.FromResult(response);
    }

    /// <inheritdoc />
    public override Task<V1.EvaluateAllocationResponse> EvaluateAllocation(V1.EvaluateAllocationRequest request, ServerCallContext context)
    {
        var violations = EvaluateValidator.Validate(request, limits);
        double valuePerResponse = request.HasValuePerResponse ? request.ValuePerResponse : 1.0;
        var specs = violations.Checked(ChannelMapping.ToSpecs(request.Channels, valuePerResponse, prefix: "", violations));
        var given = request.Spends.ToDictionary(s => s.Name, s => s.Spend, StringComparer.Ordinal);
        var spends = specs.Select(c => given.TryGetValue(c.Name, out double spend) ? spend : c.CurrentSpend).ToArray();

        var channels = allocator.Evaluate(specs, spends);
        var response = new V1.EvaluateAllocationResponse
        {
            Channels = { channels.Select(c => ResultMapping.ToChannel(c, withBound: false)) },
            Totals = TotalsMapping.ToTotals(channels, specs),
        };
        return Task.FromResult(response);
    }

    /// <inheritdoc />
    public override async Task ComputeBudgetFrontier(
        V1.ComputeBudgetFrontierRequest request,
        IServerStreamWriter<V1.ComputeBudgetFrontierResponse> responseStream,
        ServerCallContext context)
    {
        var violations = new ViolationList();
        var budgets = FrontierValidator.Validate(request, limits, violations);
        var problem = violations.Checked(request.Scenario is { } scenario
            ? ProblemMapping.ToProblem(scenario, ScenarioPrefix, violations, budgets.FirstOrDefault())
            : null);
        var options = SolveOptionsMapping.ToDomain(request.Scenario.Options, context.Deadline, time.GetUtcNow().UtcDateTime, limits);
        try
        {
            foreach (var point in allocator.ComputeFrontier(problem, budgets, options, context.CancellationToken))
            {
                await responseStream.WriteAsync(ResultMapping.ToFrontierPoint(point, problem.Channels), context.CancellationToken);
            }
        }
        catch (ProblemValidationException e)
        {
            var prefixed = new ViolationList();
            prefixed.AddAll(e.Violations, ScenarioPrefix);
            prefixed.ThrowIfAny();
            throw;
        }

        ServiceLog.FrontierStreamed(logger, problem.Channels.Count, budgets.Count);
    }
}
