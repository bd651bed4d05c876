namespace Optimizer.Allocation.Model;

/// <summary>One point of the budget frontier.</summary>
/// <param name="Index">Position in the requested budget list.</param>
/// <param name="Budget">Budget at this point, currency units per period.</param>
/// <param name="Result">The optimal split at this budget, or null when <see cref="Infeasibility"/> is set.</param>
/// <param name="Infeasibility">Why this budget is infeasible under the constraints (e.g. below the sum of minimums); null when solved.</param>
public sealed record FrontierPoint(int Index, double Budget, AllocationResult? Result, string? Infeasibility);
