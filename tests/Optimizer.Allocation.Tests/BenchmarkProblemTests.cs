using Optimizer.Bench;

namespace Optimizer.Allocation.Tests;

/// <summary>The small public benchmark problems (TestData/bench) against their best known objectives.</summary>
public class BenchmarkProblemTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "bench");

    public static TheoryData<string> Problems() => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Problems))]
    public void Allocate_BenchmarkProblem_ReachesBestKnownWithCertifiedGap(string file)
    {
        var problem = BenchProblem.Load(Path.Combine(Folder, file));
        double bestKnown = BestKnown.Load(Path.Combine(Folder, "best_known.csv"))[problem.Name];

        var result = new BudgetAllocator().Allocate(problem.Problem);

        Assert.True(result.Objective >= bestKnown * (1 - 1e-6), $"{problem.Name}: {result.Objective} vs best known {bestKnown}");
        Assert.True(result.RelativeGap <= 1e-6);
        if (problem.Problem.BudgetMode == Model.BudgetMode.Exact)
        {
            Assert.Equal(problem.Problem.Budget, result.TotalSpend, problem.Problem.Budget * 1e-9);
        }
        else
        {
            Assert.True(result.TotalSpend <= problem.Problem.Budget * (1 + 1e-9));
        }

        for (int i = 0; i < problem.Count; i++)
        {
            Assert.InRange(result.Channels[i].Spend, problem.Problem.Channels[i].MinSpend, problem.Problem.Channels[i].MaxSpend);
        }
    }
}
