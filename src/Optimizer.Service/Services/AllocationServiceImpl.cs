using Grpc.Core;
using Optimizer.Allocation;
using Optimizer.Contracts.Mapping;
using Optimizer.Service.Admission;
using Optimizer.Service.Hosting;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Service.Services;

/// <summary>
/// The optimizer.v1 AllocationService: hands each request to <see cref="ContractAllocator"/> (validate the
/// structure, map to the core model, call <see cref="IBudgetAllocator"/> on the call's thread with the call's
/// deadline and cancellation token, map the result back), which the command-line tool shares. No maths here;
/// errors are turned into google.rpc.Status by <see cref="Errors.ErrorInterceptor"/>.
/// </summary>
internal sealed class AllocationServiceImpl(
    IBudgetAllocator allocator,
    ServiceLimits limits,
    TimeProvider time,
    ILogger<AllocationServiceImpl> logger) : V1.AllocationService.AllocationServiceBase
{
    private readonly ContractAllocator _contract = new(allocator, ToRequestLimits(limits));

    /// <inheritdoc />
    public override Task<V1.AllocateBudgetResponse> AllocateBudget(V1.AllocateBudgetRequest request, ServerCallContext context)
    {
        var (response, problem, result) = _contract.Allocate(request, SolveDeadline.For(context, limits.DeadlineSafetyMargin), time.GetUtcNow().UtcDateTime, context.CancellationToken);
        ServiceLog.Solved(logger, problem.Channels.Count, result.Status, result.RelativeGap, result.WallTime.TotalMilliseconds);
        return Task.FromResult(response);
    }

    /// <inheritdoc />
    public override Task<V1.EvaluateAllocationResponse> EvaluateAllocation(V1.EvaluateAllocationRequest request, ServerCallContext context) =>
        Task.FromResult(_contract.Evaluate(request));

    /// <inheritdoc />
    public override async Task ComputeBudgetFrontier(
        V1.ComputeBudgetFrontierRequest request,
        IServerStreamWriter<V1.ComputeBudgetFrontierResponse> responseStream,
        ServerCallContext context)
    {
        var (channelCount, pointCount, points) = _contract.ComputeFrontier(request, SolveDeadline.For(context, limits.DeadlineSafetyMargin), time.GetUtcNow().UtcDateTime, context.CancellationToken);
        foreach (var point in points)
        {
            await responseStream.WriteAsync(point, context.CancellationToken);
        }

        ServiceLog.FrontierStreamed(logger, channelCount, pointCount);
    }

    private static RequestLimits ToRequestLimits(ServiceLimits limits) =>
        new(limits.MaxChannels, limits.MaxFrontierPoints, limits.DefaultTimeLimit, limits.MaxTimeLimit);
}
