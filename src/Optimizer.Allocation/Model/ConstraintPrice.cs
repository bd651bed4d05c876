namespace Optimizer.Allocation.Model;

/// <summary>
/// The shadow price of a coupling constraint: the change in the objective (value units) per unit relaxation
/// of its right-hand side (one currency unit for spend rows), i.e. its Lagrange multiplier at the optimum.
/// </summary>
/// <param name="Name">Constraint name, e.g. "budget", "group digital min share", "ratio search/social max".</param>
/// <param name="ShadowPrice">Multiplier, ≥ 0; 0 when not binding.</param>
/// <param name="Binding">Whether the constraint holds with equality at the optimum.</param>
public sealed record ConstraintPrice(string Name, double ShadowPrice, bool Binding);
