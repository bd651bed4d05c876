using BenchmarkDotNet.Attributes;
using Optimizer.Allocation;
using Optimizer.Allocation.Model;

namespace Optimizer.Benchmarks;

/// <summary>
/// Mixed S-curves with 10 coupling rows (6 groups with share bounds, 4 ratio caps), certified to 1e-6
/// (target n = 100 ≤ 200 ms).
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class RowConstrainedBenchmarks
{
    private readonly BudgetAllocator _allocator = new();
    private readonly SolveOptions _options = new(RelativeGapTolerance: 1e-6);
    private AllocationProblem _problem = null!;

    /// <summary>Number of channels.</summary>
    [Params(100)]
    public int N { get; set; }

    /// <summary>Builds the problem and checks that it is certified and that some rows bind.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int block = N / 6;
        var groups = Enumerable.Range(0, 6).Select(g => new GroupConstraint($"g{g}", [.. Enumerable.Range(g * block, block)], MinShare: 0.12, MaxShare: 0.2)).ToArray();
        var ratios = Enumerable.Range(0, 4).Select(r => new RatioConstraint($"r{r}", [r * 10, (r * 10) + 1], [(r * 10) + 2, (r * 10) + 3], MaxRatio: 0.5)).ToArray();
        _problem = ProblemFactory.Mixed(N, seed: 7) with { Groups = groups, Ratios = ratios };
        var result = _allocator.Allocate(_problem, _options);
        if (result.Status != SolveStatus.Optimal || !result.ConstraintPrices.Skip(1).Any(p => p.Binding))
        {
            throw new InvalidOperationException($"n = {N}: status {result.Status}, gap {result.RelativeGap:E2}; binding rows: {result.ConstraintPrices.Count(p => p.Binding)}.");
        }
    }

    /// <summary>One certified allocation with 10 coupling rows.</summary>
    [Benchmark]
    public AllocationResult Allocate() => _allocator.Allocate(_problem, _options);
}
