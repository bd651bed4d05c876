namespace Optimizer.Allocation.Solvers;

/// <summary>A certified solution of a <see cref="SeparableProblem"/>.</summary>
/// <param name="Spends">x; shape (n,).</param>
/// <param name="Objective">Σ v f(x) − c Σ x.</param>
/// <param name="BestBound">Proven upper bound on the optimum.</param>
/// <param name="Price">Budget price p = c + λ at the solution (value units per currency unit).</param>
/// <param name="Nodes">Branch-and-bound nodes solved.</param>
/// <param name="TimedOut">Whether the time limit stopped the search.</param>
/// <param name="RowPrices">Shadow prices of the coupling rows besides the budget (null without such rows).</param>
internal sealed record SeparableSolution(double[] Spends, double Objective, double BestBound, double Price, long Nodes, bool TimedOut, double[]? RowPrices = null)
{
    /// <summary>(bound − objective)/max(|bound|, 1e-300), clamped at 0.</summary>
    public double RelativeGap => Math.Max(0.0, (BestBound - Objective) / Math.Max(Math.Abs(BestBound), 1e-300));
}
