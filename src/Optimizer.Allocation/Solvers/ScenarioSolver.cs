using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// Reduces each planning scenario to certified solves of <see cref="SeparableProblem"/>:
/// <list type="bullet">
/// <item>maximize response: c = 0 with the budget as given;</item>
/// <item>maximize profit: c = 1 (one currency unit of cost per unit of spend), budget as a cap;</item>
/// <item>marginal ROAS floor θ: c = θ, budget as a cap, so every funded channel ends at v·f'(x) ≥ θ;</item>
/// <item>reach a response target T: R(b) = max Σ f at spend ≤ b is non-decreasing, so the least spend is
/// found by bisection on b, certified by the bound of the solve below it;</item>
/// <item>target ROAS ρ (or CPA κ, i.e. ρ = 1/κ on response): the optimum spends b̄ = sup{b ≤ cap : R(b) ≥ ρ·b}
/// and is the max-response split at b̄, because any split meeting the target at spend b is beaten by
/// the max-response split at b, and R is non-decreasing. b̄ is located by a scan and bisection.</item>
/// </list>
/// </summary>
internal static class ScenarioSolver
{
    private const int ScanPoints = 32;

    /// <summary>Solves the problem's scenario.</summary>
    /// <param name="problem">The validated problem.</param>
    /// <param name="options">Tolerance and time limit.</param>
    /// <param name="deadline">Stop time in <see cref="Environment.TickCount64"/> units.</param>
    /// <param name="token">Cancels the solve.</param>
    /// <param name="priceHint">For maximize-response: the budget price of a nearby solve (a neighbouring frontier point), or 0.</param>
    public static AllocationResult Solve(AllocationProblem problem, SolveOptions options, long deadline, CancellationToken token, double priceHint = 0)
    {
        var goal = problem.Goal;
        switch (goal.Kind)
        {
            case ObjectiveKind.MaximizeResponse:
                return Direct(problem, problem.BudgetMode, 0.0, options, deadline, token, priceHint);
            case ObjectiveKind.MaximizeProfit:
                return Direct(problem, BudgetMode.AtMost, 1.0, options, deadline, token);
            case ObjectiveKind.MarginalRoasFloor:
                return Direct(problem, BudgetMode.AtMost, goal.Target, options, deadline, token);
            case ObjectiveKind.ReachResponseTarget:
                return ReachTarget(problem, goal.Target, options, deadline, token);
            case ObjectiveKind.TargetRoas:
                return TargetEfficiency(problem, goal.Target, useValues: true, options, deadline, token);
            case ObjectiveKind.TargetCpa:
                return TargetEfficiency(problem, 1.0 / goal.Target, useValues: false, options, deadline, token);
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), goal.Kind, "unknown objective");
        }
    }

    /// <summary>Builds the separable core: semi-continuous channels get {0} ∪ [min, u]; caps are cut to what the budget allows.</summary>
    public static SeparableProblem Core(AllocationProblem problem, BudgetMode mode, double cost, bool useValues)
    {
        var channels = problem.Channels;
        int n = channels.Count;
        double requiredTotal = channels.Sum(FeasibilityCheck.RequiredMinimum);
        var core = new SeparableProblem(new Numerics.Curves.IResponseCurve[n], new double[n], new double[n], new double[n], new double[n], problem.Budget, mode, cost, CouplingRows.Build(problem), new double[n], problem.MaxActiveChannels);
        for (int i = 0; i < n; i++)
        {
            var c = channels[i];
            double required = FeasibilityCheck.RequiredMinimum(c);
            core.Curves[i] = c.Curve;
            core.Steps[i] = c.Locked ? 0 : c.SpendStep;
            core.Values[i] = useValues ? c.ValuePerResponse : 1.0;
            core.Lower[i] = required;
            core.ActiveFrom[i] = c.Locked ? required : c.MinSpend;
            double cap = Math.Max(required, problem.Budget - (requiredTotal - required));
            core.Upper[i] = c.Locked ? required : Math.Min(c.MaxSpend, cap);
            if (core.Upper[i] < core.ActiveFrom[i])
            {
                core.ActiveFrom[i] = core.Upper[i] = core.Lower[i];
            }
        }

        return core;
    }

    private static AllocationResult Direct(AllocationProblem problem, BudgetMode mode, double cost, SolveOptions options, long deadline, CancellationToken token, double priceHint = 0)
    {
        FeasibilityCheck.Budget(problem, mode == BudgetMode.Exact);
        var core = Core(problem, mode, cost, useValues: true);
        ConflictFinder.Check(problem, core);
        var s = BranchAndBound.Solve(core, options.RelativeGapTolerance, deadline, priceHint, token);
        return ResultBuilder.Build(problem, core, s, s.Spends, s.Objective, s.BestBound, BudgetPrice(core, s) - cost, s.Nodes, options);
    }

    /// <summary>
    /// The budget's price at the returned split. With the budget as the only coupling row, KKT makes every
    /// channel strictly inside its bounds end at v·f'(x) = p, so p is read off those channels (the split may come
    /// from a polish step, not from the relaxation whose price the search kept); with other rows, or when no
    /// channel is interior, the relaxation's price stands.
    /// </summary>
    private static double BudgetPrice(SeparableProblem core, SeparableSolution s)
    {
        if (core.Rows.Count > 0)
        {
            return s.Price;
        }

        double sum = 0;
        int count = 0;
        for (int i = 0; i < core.Count; i++)
        {
            double x = s.Spends[i];
            double marginal = core.Values[i] * core.Curves[i].Marginal(x);
            if (x > Math.Max(core.Lower[i], core.ActiveFrom[i]) && x < core.Upper[i] && core.Steps[i] == 0 && double.IsFinite(marginal))
            {
                sum += marginal;
                count++;
            }
        }

        return count > 0 ? sum / count : s.Price;
    }

    private static AllocationResult ReachTarget(AllocationProblem problem, double target, SolveOptions options, long deadline, CancellationToken token)
    {
        FeasibilityCheck.Budget(problem, exact: false);
        var core = Core(problem, BudgetMode.AtMost, 0.0, useValues: false);
        ConflictFinder.Check(problem, core);
        double tol = options.RelativeGapTolerance;
        var atCap = BranchAndBound.Solve(core, tol, deadline, 0, token);
        if (atCap.Objective < target)
        {
            throw new TargetUnreachableException(
                MessageFormat.Invariant($"target response {target} cannot be reached: the most response the budget cap {problem.Budget} and the bounds allow is {atCap.Objective}"),
                "response", target, atCap.Objective);
        }

        double lo = problem.Channels.Sum(FeasibilityCheck.RequiredMinimum), hi = problem.Budget;
        var best = atCap;
        long nodes = atCap.Nodes;
        while (hi - lo > tol * hi)
        {
            double mid = 0.5 * (lo + hi);
            var s = BranchAndBound.Solve(core.WithBudget(mid), tol, deadline, best.Price, token);
            nodes += s.Nodes;
            if (s.Objective >= target)
            {
                (hi, best) = (mid, s);
            }
            else
            {
                lo = mid;
            }
        }

        double spend = best.Spends.Sum();
        return ResultBuilder.Build(problem, core, best, best.Spends, -spend, -lo, 0.0, nodes, options);
    }

    private static AllocationResult TargetEfficiency(AllocationProblem problem, double roas, bool useValues, SolveOptions options, long deadline, CancellationToken token)
    {
        FeasibilityCheck.Budget(problem, exact: false);
        var core = Core(problem, BudgetMode.AtMost, 0.0, useValues);
        ConflictFinder.Check(problem, core);
        double tol = options.RelativeGapTolerance;
        double floor = problem.Channels.Sum(FeasibilityCheck.RequiredMinimum);
        long nodes = 0;
        SeparableSolution At(double b, double hint)
        {
            var s = BranchAndBound.Solve(core.WithBudget(b), tol, deadline, hint, token);
            nodes += s.Nodes;
            return s;
        }

        bool Meets(SeparableSolution s) => s.Objective >= roas * s.Spends.Sum() * (1 - 1e-12);

        var top = At(problem.Budget, 0);
        if (Meets(top))
        {
            return ResultBuilder.Build(problem, core, top, top.Spends, top.Objective, top.BestBound, 0.0, nodes, options);
        }

        // Scan down from the cap for the largest budget that meets the target, then bisect above it.
        double upper = problem.Budget, bestEfficiency = top.Objective / Math.Max(top.Spends.Sum(), double.Epsilon);
        SeparableSolution? feasible = null;
        double feasibleBudget = floor, infeasibleBound = top.BestBound;
        for (int k = ScanPoints - 1; k >= 0 && feasible is null; k--)
        {
            double b = floor + ((problem.Budget - floor) * Math.Max(k, 1e-6) / ScanPoints);
            var s = At(b, top.Price);
            double spent = s.Spends.Sum();
            if (spent > 0)
            {
                bestEfficiency = Math.Max(bestEfficiency, s.Objective / spent);
            }

            if (Meets(s) && spent > 0)
            {
                (feasible, feasibleBudget) = (s, b);
            }
            else
            {
                (upper, infeasibleBound) = (b, s.BestBound);
            }
        }

        if (feasible is null)
        {
            string what = useValues ? "ROAS" : "CPA";
            double requested = useValues ? roas : 1 / roas, best = useValues ? bestEfficiency : 1 / bestEfficiency;
            throw new TargetUnreachableException(
                MessageFormat.Invariant($"target {what} {requested} cannot be reached under the bounds: the best {what} found is {best}"),
                what.ToLowerInvariant(), requested, best);
        }

        while (upper - feasibleBudget > tol * upper)
        {
            double mid = 0.5 * (feasibleBudget + upper);
            var s = At(mid, feasible.Price);
            if (Meets(s))
            {
                (feasible, feasibleBudget) = (s, mid);
            }
            else
            {
                (upper, infeasibleBound) = (mid, s.BestBound);
            }
        }

        return ResultBuilder.Build(problem, core, feasible, feasible.Spends, feasible.Objective, Math.Max(feasible.BestBound, infeasibleBound), 0.0, nodes, options);
    }

}
