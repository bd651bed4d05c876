namespace Optimizer.Service.Admission;

/// <summary>
/// Every solve slot is busy and the wait queue is full. The error interceptor answers RESOURCE_EXHAUSTED
/// (reason SOLVE_CAPACITY_EXHAUSTED) with a short retry delay.
/// </summary>
public sealed class ServerOverloadedException(int maxConcurrentSolves, int maxQueuedSolves)
    : Exception($"The server is at its limit of {maxConcurrentSolves} concurrent solves and {maxQueuedSolves} waiting; retry shortly or on another replica.")
{
    /// <summary>The configured concurrent-solve limit.</summary>
    public int MaxConcurrentSolves { get; } = maxConcurrentSolves;

    /// <summary>The configured wait-queue limit.</summary>
    public int MaxQueuedSolves { get; } = maxQueuedSolves;
}
