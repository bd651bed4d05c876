using System.Collections.Concurrent;
using Grpc.Core;
using Optimizer.Service.Tests.TestSupport;
using Xunit.Abstractions;

namespace Optimizer.Service.Tests.Fuzz;

/// <summary>
/// Fuzzes the gRPC surface of the real built server: 1,000 cases per run (OPTIMIZER_FUZZ_COUNT overrides it,
/// OPTIMIZER_FUZZ_SEED picks another sequence; tests/fuzz/run-fuzz.sh runs 10,000+). No case may be answered
/// INTERNAL or UNKNOWN, and the process must still be alive and SERVING at the end.
/// </summary>
public sealed class GrpcSurfaceFuzzTests(ITestOutputHelper output)
{
    private static readonly StatusCode[] Forbidden = [StatusCode.Internal, StatusCode.Unknown, StatusCode.Unavailable, StatusCode.DataLoss];

    [Fact]
    public async Task RandomAndMalformedRequests_NeverInternal_ServerStaysUp()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("OPTIMIZER_FUZZ_COUNT"), out int n) ? n : 1_000;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("OPTIMIZER_FUZZ_SEED"), out int s) ? s : 20_261_129;
        await using var server = await RealServer.StartAsync(
            "--Optimizer:Limits:MaxTimeLimit=00:00:01", "--Optimizer:Limits:DefaultTimeLimit=00:00:01",
            "--Optimizer:Limits:MaxConcurrentSolves=4", "--Optimizer:Limits:MaxQueuedSolves=64");
        using var channel = server.CreateChannel();
        using var http = new HttpClient();
        var fuzzer = new GrpcFuzzer(channel, http, server.GrpcAddress);
        var outcomes = new ConcurrentDictionary<(string, StatusCode), int>();
        var failures = new ConcurrentBag<string>();

        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var (kind, code, detail) = await fuzzer.RunAsync(seed + i);
            outcomes.AddOrUpdate((kind, code), 1, (_, c) => c + 1);
            // Lying gRPC frame headers included: the framing check answers them INVALID_ARGUMENT before grpc-dotnet.
            if (Forbidden.Contains(code))
            {
                failures.Add($"case seed {seed + i} ({kind}): {code} {detail}");
            }
        });

        foreach (var ((kind, code), number) in outcomes.OrderBy(o => o.Key.Item1).ThenBy(o => o.Key.Item2))
        {
            output.WriteLine($"{kind,-20} {code,-20} {number,6}");
        }

        string logFile = Path.Combine(Path.GetTempPath(), "optimizer-fuzz-server.log");
        await File.WriteAllTextAsync(logFile, server.Log);
        Assert.True(failures.IsEmpty, $"{failures.Count} of {count} cases failed (seed {seed}; server log in {logFile}):\n" + string.Join("\n", failures.Take(20)));
        Assert.False(server.HasExited, "the server process died:\n" + Tail(server.Log));
        Assert.True(await server.IsServingAsync(), "the server no longer answers SERVING");
    }

    private static string Tail(string log) => log.Length > 6_000 ? log[^6_000..] : log;
}
