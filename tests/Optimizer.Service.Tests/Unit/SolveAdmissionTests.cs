using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Optimizer.Contracts.V1;
using Optimizer.Service.Admission;
using Optimizer.Service.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Unit;

/// <summary>
/// The CPU-backlog check of <see cref="SolveAdmission"/>: solves are refused at once while work waits for threads.
/// The tests block the process's thread pool for a moment, so they run alone (not beside timing-sensitive tests).
/// </summary>
[Collection(ThreadPoolBlockingCollection.Name)]
public class SolveAdmissionTests
{
    [Fact]
    public async Task EnterAsync_ThreadPoolBacklogAboveTheLimit_RefusedAsCpuSaturated()
    {
        using var admission = new SolveAdmission(new ServiceLimits { MaxPendingWorkItems = 8 });
        using var blocked = new Backlog();
        // Far more blocked work items than the pool has threads: most of them wait in the queue.
        try
        {
            Assert.True(ThreadPool.PendingWorkItemCount > 8, $"backlog {ThreadPool.PendingWorkItemCount}");

            var e = await Assert.ThrowsAsync<ServerOverloadedException>(async () => (await admission.EnterAsync(CancellationToken.None)).Dispose());

            Assert.Equal("CPU_SATURATED", e.Reason);
            Assert.Equal(8, e.MaxPendingWorkItems);
            Assert.True(e.PendingWorkItems > 8);
        }
        finally
        {
            blocked.Release();
        }
    }

    [Fact]
    public async Task AllocateBudget_CpuBacklog_ResourceExhaustedCpuSaturatedWithRetryInfo()
    {
        long backlog = 0;
        var limits = new ServiceLimits { MaxPendingWorkItems = 8, CpuBacklogInterval = TimeSpan.Zero };
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .ConfigureTestServices(services => services.AddSingleton(new SolveAdmission(limits, () => Volatile.Read(ref backlog)))));
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        var client = new AllocationService.AllocationServiceClient(channel);
        var health = new Grpc.Health.V1.Health.HealthClient(channel);
        var request = Requests.Allocate(1_000, Requests.Exponential("search", 1_000, 100));
        Assert.Equal(SolveStatus.Optimal, (await client.AllocateBudgetAsync(request)).Status);

        Volatile.Write(ref backlog, 9);
        var refused = await Assert.ThrowsAsync<RpcException>(() => client.AllocateBudgetAsync(request).ResponseAsync);
        var serving = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Volatile.Write(ref backlog, 8);
        var admitted = await client.AllocateBudgetAsync(request);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        var info = ErrorDetails.Info(refused);
        Assert.Equal("CPU_SATURATED", info.Reason);
        Assert.Equal("9", info.Metadata["pending_work_items"]);
        Assert.Equal("8", info.Metadata["max_pending_work_items"]);
        Assert.NotNull(ErrorDetails.Status(refused).GetDetail<Google.Rpc.RetryInfo>());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, serving.Status);
        Assert.Equal(SolveStatus.Optimal, admitted.Status);
    }

    [Fact]
    public async Task EnterAsync_CheckOff_AdmittedDespiteABacklog()
    {
        using var admission = new SolveAdmission(new ServiceLimits { MaxPendingWorkItems = 0 });
        using var blocked = new Backlog();
        try
        {
            using var lease = await admission.EnterAsync(CancellationToken.None);
            Assert.NotNull(lease);
        }
        finally
        {
            blocked.Release();
        }
    }

    /// <summary>400 thread-pool work items blocked on a gate: far more than the pool has threads, so most wait in its queue.</summary>
    private sealed class Backlog : IDisposable
    {
        private const int Count = 400;
        private readonly ManualResetEventSlim _gate = new();
        private readonly CountdownEvent _done = new(Count);

        public Backlog()
        {
            for (int i = 0; i < Count; i++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(_ => { _gate.Wait(); _done.Signal(); }, null);
            }
        }

        public void Release() => _gate.Set();

        public void Dispose()
        {
            _gate.Set();
            _done.Wait(TimeSpan.FromSeconds(30));
            _gate.Dispose();
            _done.Dispose();
        }
    }
}

/// <summary>Tests that block the shared thread pool: never run in parallel with other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThreadPoolBlockingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "thread-pool blocking";
}
