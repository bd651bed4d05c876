namespace Optimizer.Allocation.Errors;

/// <summary>
/// The constraints cannot all hold. <see cref="Conflicts"/> names the smallest conflicting set found, each
/// entry a constraint with its numbers (e.g. "budget 1000 (exact)" and "sum of max spends 450").
/// </summary>
public sealed class InfeasibleProblemException(string message, IReadOnlyList<string> conflicts)
    : Exception(message)
{
    /// <summary>The conflicting constraints, as readable phrases.</summary>
    public IReadOnlyList<string> Conflicts { get; } = conflicts;
}
