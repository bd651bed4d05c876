namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// Solves the concave-envelope relaxation of a branch-and-bound node: maximize Σ_i [v_i g_i(x_i) − c x_i]
/// over the node's pieces and the problem's coupling rows.
/// </summary>
internal interface IRelaxation
{
    /// <summary>The relaxation's maximizer and an upper bound, or null when the node's domain meets no feasible split.</summary>
    /// <param name="pieces">The node's pieces; shape (n,).</param>
    /// <param name="hint">The parent's solution (price and spends) to start from, or null.</param>
    /// <param name="stop">The solve's deadline and cancellation.</param>
    /// <exception cref="SolveInterruptedException"><paramref name="stop"/> fell due before a valid answer was found.</exception>
    MultiplierSolution? Solve(ChannelPiece[] pieces, MultiplierSolution? hint, SolveStop stop);
}
