using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Relaxation;

/// <summary>The relaxation when the budget is the only coupling row: the exact multiplier method.</summary>
internal sealed class BudgetRelaxation(double budget, BudgetMode mode, double cost) : IRelaxation
{
    public MultiplierSolution? Solve(ChannelPiece[] pieces, MultiplierSolution? hint, SolveStop stop)
    {
        double lower = 0, upper = 0;
        foreach (var piece in pieces)
        {
            lower += piece.Lower;
            upper += piece.Upper;
        }

        if (lower > budget * (1 + 1e-12) || (mode == BudgetMode.Exact && upper < budget * (1 - 1e-12)))
        {
            return null;
        }

        return MultiplierSolver.Solve(pieces, budget, mode, cost, hint?.Price ?? 0, stop);
    }
}
