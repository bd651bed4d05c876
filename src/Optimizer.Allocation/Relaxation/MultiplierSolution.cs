namespace Optimizer.Allocation.Relaxation;

/// <summary>Result of <see cref="MultiplierSolver"/>.</summary>
/// <param name="Spends">Maximizer of the envelope relaxation; shape (n,); Σ = budget (exact) or ≤ budget.</param>
/// <param name="Price">Optimal price p* = c + λ* (value units per currency unit).</param>
/// <param name="UpperBound">Dual bound D(p) ≥ the relaxation's optimum ≥ the optimum of the true problem on this domain.</param>
/// <param name="Evaluations">Number of passes over the channels (or LP rounds).</param>
/// <param name="RowPrices">Shadow price of each coupling row besides the budget (value units per unit of row activity), when there are such rows.</param>
internal sealed record MultiplierSolution(double[] Spends, double Price, double UpperBound, int Evaluations, double[]? RowPrices = null);
