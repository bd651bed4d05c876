using Optimizer.Allocation.Errors;

namespace Optimizer.Contracts.Mapping.Validation;

/// <summary>
/// The request breaks the contract's structural rules (missing budget, unset curve, unknown channel names,
/// bad solve options, ...). Every violation is reported at once; the error interceptor turns it into
/// INVALID_ARGUMENT with google.rpc.BadRequest field violations.
/// </summary>
public sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    /// <summary>The violations, one per field and rule; field paths use the proto's snake_case names.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
