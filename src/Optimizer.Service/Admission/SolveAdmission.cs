using System.Diagnostics;
using System.Threading.RateLimiting;
using Optimizer.Service.Hosting;

namespace Optimizer.Service.Admission;

/// <summary>
/// Admission control of solves: at most <see cref="ServiceLimits.MaxConcurrentSolves"/> run at once and at most
/// <see cref="ServiceLimits.MaxQueuedSolves"/> wait (oldest first); a call beyond both is refused at once with
/// <see cref="ServerOverloadedException"/>, so overload never builds an unbounded queue; and while the CPU backlog
/// stands above <see cref="ServiceLimits.MaxPendingWorkItems"/> new solves are refused at once too (short solves on a
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

    /// <summary>A backlog above this multiple of the limit is refused without waiting for the interval.</summary>
    public const int HardLimitFactor = 4;

    /// <summary>After a CPU refusal, a backlog above the limit is refused at once for this long (CoDel's interval).</summary>
    public static readonly TimeSpan RefusalMemory = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrencyLimiter _limiter;
    private readonly ServiceLimits _limits;
    private readonly Func<long> _pendingWorkItems;
    private readonly Func<long> _clock;
    private readonly long _intervalTicks;
    private readonly long _memoryTicks;
    private long _aboveSince;
    private long _lastRefusal = long.MinValue / 2;

    /// <summary>Creates the gate from the configured limits.</summary>
    public SolveAdmission(ServiceLimits limits)
        : this(limits, static () => ThreadPool.PendingWorkItemCount, Stopwatch.GetTimestamp)
    {
    }

    /// <summary>Creates the gate with another source of the CPU backlog and time (tests).</summary>
    /// <param name="limits">The limits.</param>
    /// <param name="pendingWorkItems">Work items waiting for a thread, read at each admission.</param>
    /// <param name="clock">Current time in <see cref="Stopwatch"/> ticks (never 0).</param>
    internal SolveAdmission(ServiceLimits limits, Func<long> pendingWorkItems, Func<long>? clock = null)
    {
        _pendingWorkItems = pendingWorkItems;
        _clock = clock ?? Stopwatch.GetTimestamp;
        _limits = limits;
        _intervalTicks = (long)(limits.CpuBacklogInterval.TotalSeconds * Stopwatch.Frequency);
        _memoryTicks = (long)(RefusalMemory.TotalSeconds * Stopwatch.Frequency);
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
    /// Whether the CPU is saturated: the backlog, <paramref name="pending"/> thread-pool work items waiting for a
    /// thread, is above <see cref="ServiceLimits.MaxPendingWorkItems"/> and has stood above it for
    /// <see cref="ServiceLimits.CpuBacklogInterval"/>, or is above <see cref="HardLimitFactor"/> times the limit, or a
    /// solve was refused for the CPU less than <see cref="RefusalMemory"/> ago. The CoDel rule (Nichols and Jacobson,
    /// ACM Queue 10(5), 2012): a queue that drains within the interval is a burst and is served; one that stands is
    /// overload, and once refusing the gate keeps refusing while the queue is long instead of letting a new interval's
    /// worth of work in each time it dips. Never when the limit is 0. Safe to call from any thread (a race between
    /// callers can only shift the start of an interval by one look).
    /// </summary>
    public bool CpuSaturated(out long pending)
    {
        int limit = _limits.MaxPendingWorkItems;
        if (limit <= 0)
        {
            pending = 0;
            return false;
        }

        pending = _pendingWorkItems();
        long now = _clock();
        if (pending <= limit)
        {
            if (Volatile.Read(ref _aboveSince) != 0)
            {
                Volatile.Write(ref _aboveSince, 0);
            }

            return false;
        }

        long since = Interlocked.CompareExchange(ref _aboveSince, now, 0);
        since = since == 0 ? now : since;
        bool refuse = pending > (long)HardLimitFactor * limit
            || now - since >= _intervalTicks
            || now - Volatile.Read(ref _lastRefusal) < _memoryTicks;
        if (refuse)
        {
            Volatile.Write(ref _lastRefusal, now);
        }

        return refuse;
    }

    /// <summary>The CPU-backlog limit in force (<see cref="ServiceLimits.MaxPendingWorkItems"/>).</summary>
    public int MaxPendingWorkItems => _limits.MaxPendingWorkItems;

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
