using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Remote;

/// <summary>
/// Runs the optimizer.v1 operations: in this process (<see cref="InProcessBackend"/>) or on a running service
/// (<see cref="GrpcBackend"/>). Both take the same messages and give the same answers.
/// </summary>
internal interface IAllocationBackend : IDisposable
{
    /// <summary>AllocateBudget.</summary>
    Task<V1.AllocateBudgetResponse> AllocateAsync(V1.AllocateBudgetRequest request, CancellationToken cancellationToken);

    /// <summary>EvaluateAllocation.</summary>
    Task<V1.EvaluateAllocationResponse> EvaluateAsync(V1.EvaluateAllocationRequest request, CancellationToken cancellationToken);

    /// <summary>ComputeBudgetFrontier, every point collected in budget order.</summary>
    Task<IReadOnlyList<V1.ComputeBudgetFrontierResponse>> ComputeFrontierAsync(V1.ComputeBudgetFrontierRequest request, CancellationToken cancellationToken);
}
