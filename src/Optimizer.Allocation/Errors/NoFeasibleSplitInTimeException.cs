namespace Optimizer.Allocation.Errors;

/// <summary>
/// The time limit passed before the search found any split that meets every constraint (possible only with
/// discrete choices: minimum spend if active, cardinality, spend steps). Nothing is returned rather than an
/// infeasible split.
/// </summary>
public sealed class NoFeasibleSplitInTimeException(TimeSpan limit)
    : TimeoutException($"no split meeting every constraint was found within the time limit of {limit.TotalMilliseconds:F0} ms")
{
    /// <summary>The time limit that passed.</summary>
    public TimeSpan Limit { get; } = limit;
}
