using FsCheck.Xunit;
using Optimizer.Allocation;
using Optimizer.Allocation.Model;

namespace Optimizer.Service.Tests.PropertyBased;

/// <summary>
/// Properties of the core allocator over random valid problems (<see cref="RandomProblems"/>): every split is
/// feasible (budget to 1e-9 relative, bounds exact, locked channels unmoved), at least as good as the even split,
/// the split proportional to current spend and 20 random feasible splits (within the gap tolerance), its gap is
/// honest (best bound ≥ objective), and no number is NaN or infinite.
/// </summary>
[Properties(Arbitrary = [typeof(RandomProblems)], MaxTest = 300)]
public sealed class AllocatorPropertyTests
{
    private const double GapTolerance = 1e-6;
    private static readonly BudgetAllocator Allocator = new();
    private static readonly SolveOptions Options = new(GapTolerance, TimeSpan.FromSeconds(20));

    [Property]
    public bool Allocate_Split_IsFeasible(AllocationProblem problem)
    {
        var result = Allocator.Allocate(problem, Options);
        double total = result.Channels.Sum(c => c.Spend);
        double slack = 1e-9 * Math.Max(problem.Budget, 1);
        bool budget = problem.BudgetMode == BudgetMode.Exact ? Math.Abs(total - problem.Budget) <= slack : total <= problem.Budget + slack;
        bool bounds = result.Channels.Select((c, i) => (c.Spend, Spec: problem.Channels[i]))
            .All(x => x.Spend >= x.Spec.Lower && x.Spend <= x.Spec.Upper && (!x.Spec.Locked || x.Spend == x.Spec.CurrentSpend));
        return budget && bounds;
    }

    [Property]
    public bool Allocate_Objective_BeatsEvenProportionalAndRandomSplits(AllocationProblem problem)
    {
        var result = Allocator.Allocate(problem, Options);
        double slack = (GapTolerance * Math.Abs(result.BestBound)) + 1e-9;
        var random = new Random(problem.Channels.Count * 7919);
        var peers = new List<double[]> { FeasibleSplits.Even(problem), FeasibleSplits.ProportionalToCurrent(problem) };
        peers.AddRange(Enumerable.Range(0, 20).Select(_ => FeasibleSplits.Random(problem, random)));
        return peers.All(p => result.Objective >= FeasibleSplits.Objective(problem, p) - slack);
    }

    [Property]
    public bool Allocate_Certificate_IsHonestAndFinite(AllocationProblem problem)
    {
        var result = Allocator.Allocate(problem, Options);
        double[] numbers = [result.Objective, result.BestBound, result.RelativeGap, result.BudgetShadowPrice,
            .. result.Channels.SelectMany(c => new[] { c.Spend, c.Response, c.Roas ?? 0, c.MarginalRoas ?? 0, c.CurrentResponse })];
        double recomputed = FeasibleSplits.Objective(problem, result.Channels.Select(c => c.Spend).ToArray());
        return numbers.All(double.IsFinite)
            && result.BestBound >= result.Objective
            && result.RelativeGap >= 0
            && Math.Abs(recomputed - result.Objective) <= 1e-9 * Math.Max(1, Math.Abs(recomputed));
    }
}
