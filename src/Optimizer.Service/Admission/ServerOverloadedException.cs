namespace Optimizer.Service.Admission;

/// <summary>
/// A solve refused for capacity: every solve slot busy and the wait queue full (reason SOLVE_CAPACITY_EXHAUSTED),
/// or the CPU backlog above its limit (reason CPU_SATURATED). The error interceptor answers RESOURCE_EXHAUSTED with
/// a short retry delay.
/// </summary>
public sealed class ServerOverloadedException : Exception
{
    /// <summary>Every solve slot is busy and the wait queue is full.</summary>
    public ServerOverloadedException(int maxConcurrentSolves, int maxQueuedSolves)
        : base($"The server is at its limit of {maxConcurrentSolves} concurrent solves and {maxQueuedSolves} waiting; retry shortly or on another replica.")
    {
        MaxConcurrentSolves = maxConcurrentSolves;
        MaxQueuedSolves = maxQueuedSolves;
        Reason = "SOLVE_CAPACITY_EXHAUSTED";
    }

    /// <summary>The CPU backlog is above its limit.</summary>
    public ServerOverloadedException(long pendingWorkItems, int maxPendingWorkItems)
        : base($"The server's CPU is saturated ({pendingWorkItems} work items waiting, limit {maxPendingWorkItems}); retry shortly or on another replica.")
    {
        PendingWorkItems = pendingWorkItems;
        MaxPendingWorkItems = maxPendingWorkItems;
        Reason = "CPU_SATURATED";
    }

    /// <summary>ErrorInfo reason: SOLVE_CAPACITY_EXHAUSTED or CPU_SATURATED.</summary>
    public string Reason { get; }

    /// <summary>The configured concurrent-solve limit (slot refusals).</summary>
    public int MaxConcurrentSolves { get; }

    /// <summary>The configured wait-queue limit (slot refusals).</summary>
    public int MaxQueuedSolves { get; }

    /// <summary>Work items waiting when the call was refused (CPU refusals).</summary>
    public long PendingWorkItems { get; }

    /// <summary>The configured backlog limit (CPU refusals).</summary>
    public int MaxPendingWorkItems { get; }
}
