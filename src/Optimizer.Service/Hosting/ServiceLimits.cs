namespace Optimizer.Service.Hosting;

/// <summary>
/// Request limits of the service, bound from the configuration section <c>Optimizer:Limits</c>
/// (appsettings.json, environment variables such as <c>Optimizer__Limits__MaxChannels</c>, or the command line).
/// </summary>
public sealed class ServiceLimits
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Optimizer:Limits";

    /// <summary>Most channels accepted in one request.</summary>
    public int MaxChannels { get; set; } = 10_000;

    /// <summary>Largest gRPC message received or sent, bytes.</summary>
    public int MaxMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Most points of one budget frontier.</summary>
    public int MaxFrontierPoints { get; set; } = 1_000;

    /// <summary>Solve time limit when the request sets none and the call has no deadline.</summary>
    public TimeSpan DefaultTimeLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on any solve time limit (requested, deadline-derived or default).</summary>
    public TimeSpan MaxTimeLimit { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Time kept back from the call's deadline: the solver gets (deadline − now − margin) so that its best
    /// feasible split is mapped and sent before the deadline.
    /// </summary>
    public TimeSpan DeadlineSafetyMargin { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Most solves (AllocateBudget, ComputeBudgetFrontier streams) running at once.</summary>
    public int MaxConcurrentSolves { get; set; } = 4;

    /// <summary>
    /// Most calls waiting for a solve slot; beyond it a call is answered RESOURCE_EXHAUSTED at once. Bounded so
    /// that overload never piles up: 0 rejects whenever every slot is busy.
    /// </summary>
    public int MaxQueuedSolves { get; set; } = 16;

    /// <summary>
    /// CPU backlog at which new solves are refused at once (RESOURCE_EXHAUSTED, reason CPU_SATURATED): the number
    /// of thread-pool work items waiting for a thread (<see cref="ThreadPool.PendingWorkItemCount"/>: request
    /// processing, I/O continuations, solves). Short solves on a saturated CPU never fill the solve slots, yet each one
    /// admitted lengthens every call's latency; refusing them while work is queued keeps the admitted calls' latency
    /// normal. The default, 16 per processor, lets a burst of a few dozen cheap calls through (it drains in a few
    /// milliseconds) and stops a standing queue; 0 turns the check off. A backlog counts only once it has stood
    /// above the limit for <see cref="CpuBacklogInterval"/> (or is above 4× the limit).
    /// </summary>
    public int MaxPendingWorkItems { get; set; } = 16 * Environment.ProcessorCount;

    /// <summary>
    /// How long the CPU backlog must stay above <see cref="MaxPendingWorkItems"/> before solves are refused, as in
    /// CoDel (Nichols and Jacobson, "Controlling Queue Delay", ACM Queue 10(5), 2012): a burst that drains within it
    /// (many clients firing together, a stall of the machine) is served, a standing queue is refused. After a refusal,
    /// a backlog above the limit is refused at once for 100 ms. 0 refuses on the first look.
    /// </summary>
    public TimeSpan CpuBacklogInterval { get; set; } = TimeSpan.FromMilliseconds(10);
}
