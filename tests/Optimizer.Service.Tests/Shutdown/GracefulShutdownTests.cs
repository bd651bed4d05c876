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
    [Fact]
    public async Task Sigterm_DuringInFlightCalls_EveryCallCompletes()
    {
        await using var server = await RealServer.StartAsync("--Optimizer:Limits:MaxConcurrentSolves=8", "--Optimizer:Shutdown:Timeout=00:00:20");
        using var channel = server.CreateChannel();
        var client = new AllocationService.AllocationServiceClient(channel);
        var request = HardProblems.SCurves();
        request.Options.TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(3));

        var calls = Enumerable.Range(0, 8).Select(_ => client.AllocateBudgetAsync(request).ResponseAsync).ToArray();
        await Task.Delay(700);
        int inFlight = calls.Count(c => !c.IsCompleted);
        server.Terminate();
        Assert.True(inFlight >= 4, $"only {inFlight} calls were in flight at SIGTERM");

        var answers = await Task.WhenAll(calls);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { SolveStatus.Feasible, SolveStatus.Optimal }));
        Assert.All(answers, a => Assert.Equal(250_000, a.Totals.Spend, 250_000 * 1e-9));

        int exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(25));
        Assert.Equal(0, exitCode);
        using var late = server.CreateChannel();
        var refused = await Assert.ThrowsAsync<RpcException>(() => new AllocationService.AllocationServiceClient(late).AllocateBudgetAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
    }
}
