using System.Globalization;
using Grpc.Core;

namespace Optimizer.LoadTest;

/// <summary>
/// Results of one run: completed calls per status, latency percentiles (nearest rank over all calls of a status,
/// milliseconds), achieved throughput and the server's peak resident memory (VmHWM, MiB).
/// </summary>
public sealed record LoadReport(LoadOptions Options, TimeSpan Elapsed, IReadOnlyDictionary<StatusCode, List<double>> Latencies, int Late, double? PeakRssMiB, double? StartRssMiB)
{
    public string Format()
    {
        var lines = new List<string>
        {
            Invariant($"scenario {Options.Scenario}, offered {Options.Rate}/s for {Options.Duration.TotalSeconds:0} s, elapsed {Elapsed.TotalSeconds:0.0} s"),
        };
        int total = Latencies.Values.Sum(l => l.Count);
        foreach (var (code, latencies) in Latencies.OrderBy(kv => kv.Key))
        {
            latencies.Sort();
            lines.Add(Invariant($"  {code,-18} {latencies.Count,8} calls {latencies.Count / Elapsed.TotalSeconds,9:0.0}/s  p50 {Percentile(latencies, 0.50),7:0.00} ms  p99 {Percentile(latencies, 0.99),7:0.00} ms  max {latencies[^1],8:0.00} ms"));
        }

        int errors = total - (Latencies.TryGetValue(StatusCode.OK, out var ok) ? ok.Count : 0);
        lines.Add(Invariant($"  throughput {total / Elapsed.TotalSeconds:0.0} calls/s, errors (non-OK) {errors}, sends later than 5 ms behind schedule {Late}"));
        if (PeakRssMiB is { } peak)
        {
            lines.Add(Invariant($"  server RSS: {StartRssMiB:0} MiB at start, peak {peak:0} MiB"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
