namespace Optimizer.Allocation.Errors;

/// <summary>
/// The problem breaks input rules. Every violation is reported at once, each with the field path
/// (e.g. "channels[2].max_spend") and the rule it breaks.
/// </summary>
public sealed class ProblemValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    /// <summary>The violations, one per field and rule.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
