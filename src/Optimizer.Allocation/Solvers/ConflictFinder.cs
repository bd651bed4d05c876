using Google.OrTools.LinearSolver;
using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Allocation.Relaxation;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// Checks that the budget and the coupling rows can hold together within the channel bounds, and when they
/// cannot, names a minimal conflicting set of rows with the deletion filter (Chinneck &amp; Dravnieks, "Locating
/// minimal infeasible constraint sets in linear programs", ORSA J. Computing 3(2), 1991): drop each row in
/// turn and keep it out while the rest stays infeasible. Channel bounds stay in every test.
/// </summary>
internal static class ConflictFinder
{
    /// <summary>Throws <see cref="InfeasibleProblemException"/> when the rows and the budget cannot hold together.</summary>
    public static void Check(AllocationProblem problem, SeparableProblem core)
    {
        if (core.Rows.Count == 0)
        {
            return;
        }

        var budgetRow = BudgetRow(core);
        var all = new List<LinearRow>(core.Rows) { budgetRow };
        if (Feasible(core, all))
        {
            return;
        }

        var conflict = new List<LinearRow>(all);
        foreach (var row in all)
        {
            var without = conflict.Where(r => !ReferenceEquals(r, row)).ToList();
            if (!Feasible(core, without))
            {
                conflict = without;
            }
        }

        var channels = conflict.SelectMany(r => r.Channels.Where((_, k) => r.Coefficients[k] != 0)).Distinct().Order().ToList();
        string bounds = MessageFormat.Listing(channels, i => Describe(problem.Channels[i], core, i));
        string names = string.Join(" conflicts with ", conflict.Select(r => r.Name));
        throw new InfeasibleProblemException($"{names}, given the channel bounds ({bounds})", [.. conflict.Select(r => r.Name), $"channel bounds: {bounds}"]);
    }

    private static LinearRow BudgetRow(SeparableProblem core)
    {
        int[] all = [.. Enumerable.Range(0, core.Count)];
        string name = core.Mode == BudgetMode.Exact ? $"budget {MessageFormat.Number(core.Budget)} (exact)" : $"budget at most {MessageFormat.Number(core.Budget)}";
        return new LinearRow(name, all, [.. all.Select(_ => 1.0)], core.Mode == BudgetMode.Exact ? core.Budget : double.NegativeInfinity, core.Budget);
    }

    private static bool Feasible(SeparableProblem core, IReadOnlyList<LinearRow> rows)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is not available.");
        var x = Enumerable.Range(0, core.Count).Select(i => solver.MakeNumVar(core.Lower[i], core.Upper[i], $"spend_{i}")).ToArray();
        foreach (var row in rows)
        {
            var c = solver.MakeConstraint(row.Lower, row.Upper, row.Name);
            for (int k = 0; k < row.Channels.Length; k++)
            {
                c.SetCoefficient(x[row.Channels[k]], row.Coefficients[k]);
            }
        }

        var status = solver.Solve();
        return status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
    }

    private static string Describe(ChannelSpec channel, SeparableProblem core, int i) =>
        core.Lower[i] == core.Upper[i] ? $"{channel.Name} fixed at {MessageFormat.Number(core.Lower[i])}" : $"{channel.Name} in [{MessageFormat.Number(core.Lower[i])}, {MessageFormat.Number(core.Upper[i])}]";

}
