using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Optimizer.Allocation;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Limits;

/// <summary>
/// Admission control: beyond MaxConcurrentSolves running and MaxQueuedSolves waiting, a call is refused at once
/// with RESOURCE_EXHAUSTED; health and the cheap EvaluateAllocation are never refused; a cancelled call stops its solve.
/// </summary>
public sealed class ConcurrencyLimitTests
{
    private static AllocateBudgetRequest Small() => Requests.Allocate(30_000,
        Requests.Exponential("search", 100_000, 20_000, current: 10_000),
        Requests.Exponential("social", 60_000, 10_000, current: 10_000));

    [Fact]
    public async Task AllocateBudget_OverTheLimit_IsResourceExhaustedAtOnce()
    {
        var allocator = new BlockingAllocator();
        await using var host = Host(allocator, maxConcurrent: 2, maxQueued: 1);
        var client = new AllocationService.AllocationServiceClient(host.Channel);

        var running = Enumerable.Range(0, 2).Select(_ => client.AllocateBudgetAsync(Small()).ResponseAsync).ToArray();
        await allocator.WaitRunningAsync(2);
        var queued = client.AllocateBudgetAsync(Small()).ResponseAsync;
        await Task.Delay(50);

        var clock = Stopwatch.StartNew();
        var refusals = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Assert.ThrowsAsync<RpcException>(() => client.AllocateBudgetAsync(Small()).ResponseAsync)));
        clock.Stop();

        Assert.All(refusals, e => Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode));
        Assert.Equal("SOLVE_CAPACITY_EXHAUSTED", ErrorDetails.Info(refusals[0]).Reason);
        Assert.NotNull(ErrorDetails.Status(refusals[0]).GetDetail<Google.Rpc.RetryInfo>());
        Assert.True(clock.ElapsedMilliseconds < 1_000, $"10 refusals took {clock.ElapsedMilliseconds} ms");
        Assert.False(queued.IsCompleted);

        var evaluated = await client.EvaluateAllocationAsync(new EvaluateAllocationRequest { Channels = { Small().Channels } });
        Assert.Equal(2, evaluated.Channels.Count);
        var health = await new Grpc.Health.V1.Health.HealthClient(host.Channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        allocator.Release(3);
        var answers = await Task.WhenAll([.. running, queued]);
        Assert.All(answers, a => Assert.Equal(SolveStatus.Optimal, a.Status));
    }

    [Fact]
    public async Task AllocateBudget_QueuedCall_RunsWhenASlotFrees()
    {
        var allocator = new BlockingAllocator();
        await using var host = Host(allocator, maxConcurrent: 1, maxQueued: 4);
        var client = new AllocationService.AllocationServiceClient(host.Channel);

        var calls = Enumerable.Range(0, 5).Select(_ => client.AllocateBudgetAsync(Small()).ResponseAsync).ToArray();
        await allocator.WaitRunningAsync(1);
        allocator.Release(5);

        var answers = await Task.WhenAll(calls);
        Assert.All(answers, a => Assert.Equal(SolveStatus.Optimal, a.Status));
    }

    [Fact]
    public async Task AllocateBudget_ClientCancels_TheSolveIsCancelled()
    {
        var allocator = new BlockingAllocator();
        await using var host = Host(allocator, maxConcurrent: 1, maxQueued: 0);
        var client = new AllocationService.AllocationServiceClient(host.Channel);
        using var cancel = new CancellationTokenSource();

        var call = client.AllocateBudgetAsync(Small(), cancellationToken: cancel.Token).ResponseAsync;
        await allocator.WaitRunningAsync(1);
        await cancel.CancelAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        await allocator.CancellationObserved.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await allocator.WaitRunningAsync(0);

        allocator.Release(1);
        var next = await client.AllocateBudgetAsync(Small());
        Assert.Equal(SolveStatus.Optimal, next.Status);
    }

    private static TestHost Host(IBudgetAllocator allocator, int maxConcurrent, int maxQueued)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("Optimizer:Limits:MaxConcurrentSolves", maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Optimizer:Limits:MaxQueuedSolves", maxQueued.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureTestServices(services => services.AddSingleton(allocator)));
        var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        return new TestHost(factory, channel);
    }

    private sealed record TestHost(WebApplicationFactory<Program> Factory, GrpcChannel Channel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Channel.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
