using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>
/// Maps proto solve options: gap tolerance (default 1e-6 relative) and time limit. The time limit is the
/// request's, else the time left to the call's deadline, else the server default; always capped by
/// <see cref="RequestLimits.MaxTimeLimit"/> and never below one millisecond.
/// </summary>
public static class SolveOptionsMapping
{
    /// <summary>Default relative optimality gap tolerance.</summary>
    public const double DefaultGapTolerance = 1e-6;

    /// <summary>Builds the allocator's options.</summary>
    /// <param name="options">Request options (validated), may be null.</param>
    /// <param name="deadline">The call's deadline (UTC); <see cref="DateTime.MaxValue"/> when none.</param>
    /// <param name="now">The current UTC time.</param>
    /// <param name="limits">Server limits.</param>
    public static Allocation.Model.SolveOptions ToDomain(V1.SolveOptions? options, DateTime deadline, DateTime now, RequestLimits limits)
    {
        double gap = options?.HasRelativeGapTolerance == true ? options.RelativeGapTolerance : DefaultGapTolerance;
        TimeSpan limit = options?.TimeLimit is { } requested
            ? requested.ToTimeSpan()
            : deadline == DateTime.MaxValue ? limits.DefaultTimeLimit : deadline - now;
        if (deadline != DateTime.MaxValue && deadline - now < limit)
        {
            // A requested time limit never outlasts the call: the answer must come before the deadline.
            limit = deadline - now;
        }

        if (limit > limits.MaxTimeLimit)
        {
            limit = limits.MaxTimeLimit;
        }

        if (limit < TimeSpan.FromMilliseconds(1))
        {
            limit = TimeSpan.FromMilliseconds(1);
        }

        return new Allocation.Model.SolveOptions(gap, limit);
    }
}
