using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Optimizer.Benchmarks;

/// <summary>
/// A short job for a 2-core machine: one launch, 3 warm-up and 8 measured iterations of at least 100 ms each, so the whole suite
/// (7 cases) finishes in a few minutes. Memory allocations are reported for every case.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8)
            .WithMinIterationTime(TimeInterval.FromMilliseconds(100)).WithId("Short2Core"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
