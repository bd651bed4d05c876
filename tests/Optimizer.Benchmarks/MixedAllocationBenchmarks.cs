using BenchmarkDotNet.Attributes;
using Optimizer.Allocation;
using Optimizer.Allocation.Model;

namespace Optimizer.Benchmarks;

/// <summary>S-curves mixed with concave channels, certified to a relative gap of 1e-6 (targets 2 ms and 20 ms).</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class MixedAllocationBenchmarks
{
    private readonly BudgetAllocator _allocator = new();
    private readonly SolveOptions _options = new(RelativeGapTolerance: 1e-6);
    private AllocationProblem _problem = null!;

    /// <summary>Number of channels.</summary>
    [Params(500, 5000)]
    public int N { get; set; }

    /// <summary>Builds the seeded problem and checks that the allocator certifies it (otherwise the timing is meaningless).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _problem = ProblemFactory.Mixed(N, seed: 20250102);
        var result = _allocator.Allocate(_problem, _options);
        if (result.Status != SolveStatus.Optimal || !(result.RelativeGap <= _options.RelativeGapTolerance))
        {
            throw new InvalidOperationException($"n = {N}: status {result.Status}, relative gap {result.RelativeGap:E2} (not certified to 1e-6).");
        }
    }

    /// <summary>One certified allocation.</summary>
    [Benchmark]
    public AllocationResult Allocate() => _allocator.Allocate(_problem, _options);
}
