namespace Optimizer.Allocation.Errors;

/// <summary>One broken input rule.</summary>
/// <param name="Field">Path of the field in the request, e.g. "channels[2].max_spend".</param>
/// <param name="Description">The rule and the offending value.</param>
public sealed record FieldViolation(string Field, string Description);
