using BenchmarkDotNet.Attributes;
using Optimizer.Allocation;
using Optimizer.Allocation.Model;

namespace Optimizer.Benchmarks;

/// <summary>Concave channels only: the multiplier method (targets n = 1000 &lt; 1 ms, n = 10000 &lt; 10 ms).</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class ConcaveAllocationBenchmarks
{
    private readonly BudgetAllocator _allocator = new();
    private AllocationProblem _problem = null!;

    /// <summary>Number of channels.</summary>
    [Params(10, 100, 1000, 10000)]
    public int N { get; set; }

    /// <summary>Builds the seeded problem.</summary>
    [GlobalSetup]
    public void Setup() => _problem = ProblemFactory.Concave(N, seed: 20250101);

    /// <summary>One exact-budget allocation.</summary>
    [Benchmark]
    public AllocationResult Allocate() => _allocator.Allocate(_problem);
}
