using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// The budget frontier: the scenario re-solved at each budget; maximize-response solves start their price
/// search from the previous point's budget shadow price. For maximize-response the response is made non-decreasing: when a point's certified
/// split is worse than the previous point's split topped up with the extra budget (curves never decrease),
/// the topped-up split is kept.
/// </summary>
internal static class FrontierSweep
{
    public static IEnumerable<FrontierPoint> Run(AllocationProblem problem, IReadOnlyList<double> budgets, SolveOptions options, CancellationToken token)
    {
        AllocationResult? previous = null;
        double previousBudget = double.NaN;
        for (int k = 0; k < budgets.Count; k++)
        {
            token.ThrowIfCancellationRequested();
            var atBudget = problem with { Budget = budgets[k] };
            var (solved, infeasibility) = TrySolve(atBudget, options, token, previous?.BudgetShadowPrice ?? 0);
            if (solved is null)
            {
                previous = null;
                yield return new FrontierPoint(k, budgets[k], null, infeasibility);
                continue;
            }

            var result = solved;
            if (previous is not null && problem.Goal.Kind == ObjectiveKind.MaximizeResponse && budgets[k] >= previousBudget && result.Objective < previous.Objective)
            {
                result = TopUp(atBudget, previous, result) ?? result;
            }

            previous = result;
            previousBudget = budgets[k];
            yield return new FrontierPoint(k, budgets[k], result, null);
        }
    }

    /// <summary>Solves one point; every point is recorded as a solve (<see cref="AllocationTelemetry.RecordSolve"/>).</summary>
    private static (AllocationResult? Result, string? Infeasibility) TrySolve(AllocationProblem problem, SolveOptions options, CancellationToken token, double priceHint)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        string status = "error";
        try
        {
            var result = ScenarioSolver.Solve(problem, options, long.MaxValue, token, priceHint);
            status = result.Status == SolveStatus.Optimal ? "optimal" : "feasible";
            return (result, null);
        }
        catch (InfeasibleProblemException e)
        {
            status = "infeasible";
            return (null, e.Message);
        }
        catch (TargetUnreachableException e)
        {
            status = "target_unreachable";
            return (null, e.Message);
        }
        catch (OperationCanceledException)
        {
            status = "cancelled";
            throw;
        }
        finally
        {
            AllocationTelemetry.RecordSolve(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds, problem.Channels.Count, status);
        }
    }

    /// <summary>The previous split with the extra budget spread over the channels' headroom, if that is better.</summary>
    private static AllocationResult? TopUp(AllocationProblem problem, AllocationResult previous, AllocationResult current)
    {
        var core = ScenarioSolver.Core(problem, problem.BudgetMode, 0.0, useValues: true);
        double[] x = previous.Channels.Select(c => c.Spend).ToArray();
        double extra = problem.BudgetMode == BudgetMode.Exact ? problem.Budget - x.Sum() : 0.0;
        double room = 0;
        for (int i = 0; i < x.Length; i++)
        {
            room += core.Upper[i] - x[i];
        }

        if (extra < 0 || (extra > 0 && room < extra))
        {
            return null;
        }

        for (int i = 0; i < x.Length && extra > 0; i++)
        {
            x[i] += extra * (core.Upper[i] - x[i]) / room;
        }

        double objective = core.Objective(x);
        if (objective < current.Objective)
        {
            return null;
        }

        var channels = problem.Channels.Select((c, i) => ResultBuilder.Channel(c, x[i], core.Upper[i])).ToList();
        double gap = Math.Max(0.0, (current.BestBound - objective) / Math.Max(Math.Abs(current.BestBound), 1e-300));
        return current with { Channels = channels, Objective = objective, RelativeGap = gap };
    }
}
