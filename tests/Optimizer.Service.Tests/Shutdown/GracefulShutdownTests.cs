using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Shutdown;

/// <summary>
/// SIGTERM on the real built server during in-flight calls: every call in flight completes with its answer, the
/// server takes no new connection, and the process exits 0 (Kubernetes' pod stop sequence).
/// </summary>
public sealed class GracefulShutdownTests
{
    /// <summary>
    /// Two solve slots and eight calls: six or more wait in the admission queue or run while the first answer comes
    /// back, and SIGTERM is sent at that moment. The waiting calls are in flight too (the server has read them), so
    /// the test does not depend on how long one solve takes (a solve of this problem ends in 0.05–1 s).
    /// </summary>
    [Fact]
    public async Task Sigterm_DuringInFlightCalls_EveryCallCompletes()
    {
        await using var server = await RealServer.StartAsync("--Optimizer:Limits:MaxConcurrentSolves=2", "--Optimizer:Limits:MaxQueuedSolves=8", "--Optimizer:Shutdown:Timeout=00:00:20");
        using var channel = server.CreateChannel();
        var client = new AllocationService.AllocationServiceClient(channel);
        var request = HardProblems.SCurves();
        request.Options.TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(1));

        var calls = Enumerable.Range(0, 8).Select(_ => client.AllocateBudgetAsync(request).ResponseAsync).ToArray();
        await Task.WhenAny(calls);
        int inFlight = calls.Count(c => !c.IsCompleted);
        server.Terminate();
        Assert.True(inFlight >= 4, $"only {inFlight} calls were in flight at SIGTERM; ended: " + string.Join("; ", calls.Where(c => c.IsCompleted).Select(Outcome)) + "\nserver log:\n" + server.Log);

        var answers = await Task.WhenAll(calls);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { SolveStatus.Feasible, SolveStatus.Optimal }));
        Assert.All(answers, a => Assert.Equal(250_000, a.Totals.Spend, 250_000 * 1e-9));

        int exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(25));
        Assert.Equal(0, exitCode);
        using var late = server.CreateChannel();
        var refused = await Assert.ThrowsAsync<RpcException>(() => new AllocationService.AllocationServiceClient(late).AllocateBudgetAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
    }

    private static string Outcome(Task<AllocateBudgetResponse> call) =>
        call.IsFaulted ? call.Exception!.InnerException!.Message : $"{call.Result.Status} gap {call.Result.Certificate?.RelativeGap} in {call.Result.WallTime}";
}
