using Optimizer.Allocation;
using Optimizer.Contracts.Mapping;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Remote;

/// <summary>
/// The operations in this process, through the service's own pipeline (<see cref="ContractAllocator"/> with the
/// service's default limits): the time limit defaults to the time left before <paramref name="deadline"/>, as it
/// does for a gRPC call with that deadline.
/// </summary>
/// <param name="deadline">The command's deadline (UTC).</param>
internal sealed class InProcessBackend(DateTime deadline) : IAllocationBackend
{
    private readonly ContractAllocator _allocator = new(new BudgetAllocator(), RequestLimits.Default);

    /// <inheritdoc />
    public Task<V1.AllocateBudgetResponse> AllocateAsync(V1.AllocateBudgetRequest request, CancellationToken cancellationToken) =>
        Task.Run(() => _allocator.Allocate(request, deadline, DateTime.UtcNow, cancellationToken).Response, cancellationToken);

    /// <inheritdoc />
    public Task<V1.EvaluateAllocationResponse> EvaluateAsync(V1.EvaluateAllocationRequest request, CancellationToken cancellationToken) =>
        Task.Run(() => _allocator.Evaluate(request), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<V1.ComputeBudgetFrontierResponse>> ComputeFrontierAsync(V1.ComputeBudgetFrontierRequest request, CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<V1.ComputeBudgetFrontierResponse>>(
            () => _allocator.ComputeFrontier(request, deadline, DateTime.UtcNow, cancellationToken).Points.ToList(), cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
