namespace Optimizer.Fitting;

/// <summary>
/// The input to a fit breaks a rule (missing date, NaN, negative spend, too few rows, a channel with no spend…).
/// Maps to gRPC <c>INVALID_ARGUMENT</c> with one <c>BadRequest.FieldViolation</c> per entry of
/// <see cref="Violations"/>.
/// </summary>
public sealed class FittingInputException : ArgumentException
{
    /// <summary>Creates the exception from one or more violations (all violations found are reported at once).</summary>
    /// <param name="violations">The broken rules; at least one.</param>
    public FittingInputException(IReadOnlyList<InputViolation> violations)
        : base(Describe(violations), violations.Count > 0 ? violations[0].Field : null)
    {
        Violations = violations;
    }

    /// <summary>Creates the exception from a single violation.</summary>
    /// <param name="violation">The broken rule.</param>
    public FittingInputException(InputViolation violation)
        : this([violation])
    {
    }

    /// <summary>Every rule the input broke, in the order found.</summary>
    public IReadOnlyList<InputViolation> Violations { get; }

    private static string Describe(IReadOnlyList<InputViolation> violations) =>
        violations.Count == 0 ? "Invalid fitting input." : string.Join(" ", violations.Select(v => v.ToString()));
}
