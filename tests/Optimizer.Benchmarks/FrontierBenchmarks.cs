using BenchmarkDotNet.Attributes;
using Optimizer.Allocation;
using Optimizer.Allocation.Model;

namespace Optimizer.Benchmarks;

/// <summary>The spend–response frontier over 50 budgets (target 200 ms at n = 100).</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class FrontierBenchmarks
{
    private readonly BudgetAllocator _allocator = new();
    private AllocationProblem _problem = null!;
    private double[] _budgets = [];

    /// <summary>Number of channels.</summary>
    [Params(100)]
    public int N { get; set; }

    /// <summary>Builds the seeded problem and its 50 budgets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _problem = ProblemFactory.Concave(N, seed: 20250103);
        _budgets = ProblemFactory.Budgets(_problem, 50);
    }

    /// <summary>The whole frontier, materialised.</summary>
    [Benchmark]
    public List<FrontierPoint> ComputeFrontier() => [.. _allocator.ComputeFrontier(_problem, _budgets)];
}
