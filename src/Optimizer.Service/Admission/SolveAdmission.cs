using System.Threading.RateLimiting;
using Optimizer.Service.Hosting;

namespace Optimizer.Service.Admission;

/// <summary>
/// Admission control of solves: at most <see cref="ServiceLimits.MaxConcurrentSolves"/> run at once and at most
/// <see cref="ServiceLimits.MaxQueuedSolves"/> wait (oldest first); a call beyond both is refused at once with
/// <see cref="ServerOverloadedException"/>, so overload never builds an unbounded queue; and while the CPU backlog
/// is above <see cref="ServiceLimits.MaxPendingWorkItems"/> new solves are refused at once too (short solves on a
/// saturated CPU never fill the slots). Which RPCs are solves:
/// every optimizer.v1 method except the cheap ones in <see cref="Ungated"/> (health and reflection are never gated).
/// </summary>
internal sealed class SolveAdmission : IDisposable
{
    /// <summary>Package prefix of the gated gRPC methods (paths are "/package.Service/Method").</summary>
    public const string GatedPrefix = "/optimizer.v1.";

    /// <summary>optimizer.v1 methods that never wait for a slot: they evaluate closed forms, no search.</summary>
    public static readonly IReadOnlySet<string> Ungated = new HashSet<string>(StringComparer.Ordinal)
    {
        "/optimizer.v1.AllocationService/EvaluateAllocation",
    };

    private readonly ConcurrencyLimiter _limiter;
    private readonly ServiceLimits _limits;
    private readonly Func<long> _pendingWorkItems;

    /// <summary>Creates the gate from the configured limits.</summary>
    public SolveAdmission(ServiceLimits limits)
        : this(limits, static () => ThreadPool.PendingWorkItemCount)
    {
    }

    /// <summary>Creates the gate with another source of the CPU backlog (tests).</summary>
    /// <param name="limits">The limits.</param>
    /// <param name="pendingWorkItems">Work items waiting for a thread, read at each admission.</param>
    internal SolveAdmission(ServiceLimits limits, Func<long> pendingWorkItems)
    {
        _pendingWorkItems = pendingWorkItems;
        _limits = limits;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentSolves,
            QueueLimit = limits.MaxQueuedSolves,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Whether the gRPC method <paramref name="method"/> needs a solve slot.</summary>
    public static bool Gates(string method) =>
        method.StartsWith(GatedPrefix, StringComparison.Ordinal) && !Ungated.Contains(method);

    /// <summary>
    /// Takes a slot, waiting in the bounded queue if every slot is busy; dispose the lease when the solve ends.
    /// </summary>
    /// <param name="cancellationToken">The call's token: a cancelled or expired call leaves the queue.</param>
    /// <exception cref="ServerOverloadedException">Every slot is busy and the queue is full, or the CPU backlog is above its limit.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled while it waited.</exception>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (CpuSaturated(out long pending))
        {
            throw new ServerOverloadedException(pending, _limits.MaxPendingWorkItems);
        }

        var lease = _limiter.AttemptAcquire(1);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            lease = await _limiter.AcquireAsync(1, cancellationToken);
        }

        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new ServerOverloadedException(_limits.MaxConcurrentSolves, _limits.MaxQueuedSolves);
        }

        return lease;
    }

    /// <summary>
    /// Whether the CPU backlog, <paramref name="pending"/> thread-pool work items waiting for a thread, is above
    /// <see cref="ServiceLimits.MaxPendingWorkItems"/>. Never when that limit is 0.
    /// </summary>
    public bool CpuSaturated(out long pending)
    {
        pending = _limits.MaxPendingWorkItems > 0 ? _pendingWorkItems() : 0;
        return _limits.MaxPendingWorkItems > 0 && pending > _limits.MaxPendingWorkItems;
    }

    /// <summary>The CPU-backlog limit in force (<see cref="ServiceLimits.MaxPendingWorkItems"/>).</summary>
    public int MaxPendingWorkItems => _limits.MaxPendingWorkItems;

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
