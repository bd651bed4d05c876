namespace Optimizer.Allocation.Model;

/// <summary>Termination settings for a solve.</summary>
/// <param name="RelativeGapTolerance">Stop when (best bound − objective)/max(|best bound|, 1e-300) ≤ this; default 1e-6.</param>
/// <param name="TimeLimit">Wall-clock limit; on expiry the best feasible split is returned with status Feasible.</param>
public sealed record SolveOptions(double RelativeGapTolerance = 1e-6, TimeSpan? TimeLimit = null)
{
    /// <summary>Defaults: gap 1e-6 relative, no time limit.</summary>
    public static SolveOptions Default { get; } = new();
}
