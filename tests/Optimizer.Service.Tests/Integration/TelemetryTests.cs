using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Optimizer.Contracts.V1;
using Optimizer.Service.Admission;
using Optimizer.Service.Hosting;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>With tracing on, each RPC is a server span with the allocator's solve span as its child; without an exporter, tracing is off.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task AllocateBudget_Traced_HasASolveSpanUnderTheRpcSpan()
    {
        var exported = new List<Activity>();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Optimizer:Telemetry:Traces", "true")
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        var client = new AllocationService.AllocationServiceClient(channel);

        await client.AllocateBudgetAsync(Requests.Allocate(1_000, Requests.Exponential("a", 10_000, 500), Requests.Exponential("b", 10_000, 500)));

        var rpc = await WaitFor(exported, a => a.Kind == ActivityKind.Server && a.DisplayName.Contains("AllocateBudget", StringComparison.Ordinal));
        // Other test classes solve in parallel in this process (the allocator's source is static), so pick the
        // solve span of this RPC's trace; there must be one, and its parent must be the RPC span.
        var solve = await WaitFor(exported, a => a.Source.Name == Allocation.AllocationTelemetry.SourceName && a.TraceId == rpc.TraceId);
        Assert.Equal(rpc.SpanId, solve.ParentSpanId);
    }

    [Fact]
    public void Tracing_NoOtlpEndpoint_NoTracerProvider()
    {
        using var factory = new WebApplicationFactory<Program>();

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task RequestDuration_EachCall_TaggedWithItsGrpcStatus()
    {
        long backlog = 0;
        var limits = new ServiceLimits { MaxPendingWorkItems = 8, CpuBacklogInterval = TimeSpan.Zero };
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .ConfigureTestServices(services => services.AddSingleton(new SolveAdmission(limits, () => Volatile.Read(ref backlog)))));
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var statuses = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "http.server.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == GrpcStatusMetricTagMiddleware.TagName)
                {
                    statuses.Enqueue((string)tag.Value!);
                }
            }
        });
        listener.Start();
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        var client = new AllocationService.AllocationServiceClient(channel);
        var request = Requests.Allocate(1_000, Requests.Exponential("search", 1_000, 100));

        await client.AllocateBudgetAsync(request);
        await Assert.ThrowsAsync<RpcException>(() => client.AllocateBudgetAsync(Requests.Allocate(-1, Requests.Exponential("search", 1_000, 100))).ResponseAsync);
        Volatile.Write(ref backlog, 9);
        await Assert.ThrowsAsync<RpcException>(() => client.AllocateBudgetAsync(request).ResponseAsync);

        // The histogram is recorded when the request ends, just after the answer reaches the client.
        for (int i = 0; i < 100 && statuses.Count < 3; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(["0", "3", "8"], statuses.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A client that goes away in the middle of a reflection stream (buf curl --list-methods drops its connection once
    /// it has the list) is counted as CANCELLED: grpc-dotnet sets UNKNOWN for the handler's aborted read, which on a
    /// dashboard reads as a server bug.
    /// </summary>
    [Fact]
    public async Task RequestDuration_ReflectionStreamAbandonedByTheClient_TaggedCancelledNotUnknown()
    {
        await using var server = await RealServer.StartAsync();
        using (var channel = server.CreateChannel())
        {
            var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(channel);
            using var call = reflection.ServerReflectionInfo();
            await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        }

        using var http = new HttpClient { BaseAddress = server.HttpAddress };
        string[] series = [];
        for (int i = 0; i < 100 && series.Length == 0; i++)
        {
            await Task.Delay(20);
            series = (await http.GetStringAsync("/metrics")).Split('\n')
                .Where(l => l.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal) && l.Contains("ServerReflectionInfo", StringComparison.Ordinal))
                .ToArray();
        }

        Assert.Single(series);
        Assert.Contains("rpc_grpc_status_code=\"1\"", series[0], StringComparison.Ordinal);
    }

    private static async Task<Activity> WaitFor(List<Activity> exported, Func<Activity, bool> match)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            // The exporter appends when a span ends, on the server's threads: read a copy.
            var found = exported.ToArray().FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"No matching span among: {string.Join(", ", exported.Select(a => a.DisplayName))}");
    }
}
