namespace Optimizer.Allocation.Model;

/// <summary>Outcome of a solve. Infeasible problems are reported by <see cref="Errors.InfeasibleProblemException"/>, not a status.</summary>
public enum SolveStatus
{
    /// <summary>Certified: relative gap ≤ the requested tolerance.</summary>
    Optimal,

    /// <summary>A feasible split whose gap is above the tolerance (time limit reached).</summary>
    Feasible,
}
