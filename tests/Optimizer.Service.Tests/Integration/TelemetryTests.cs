using System.Diagnostics;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>Each RPC is a server span with the allocator's solve span as its child.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task AllocateBudget_Traced_HasASolveSpanUnderTheRpcSpan()
    {
        var exported = new List<Activity>();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
            host.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        var client = new AllocationService.AllocationServiceClient(channel);

        await client.AllocateBudgetAsync(Requests.Allocate(1_000, Requests.Exponential("a", 10_000, 500), Requests.Exponential("b", 10_000, 500)));

        var rpc = await WaitFor(exported, a => a.Kind == ActivityKind.Server && a.DisplayName.Contains("AllocateBudget", StringComparison.Ordinal));
        // Other test classes solve in parallel in this process (the allocator's source is static), so pick the
        // solve span of this RPC's trace; there must be one, and its parent must be the RPC span.
        var solve = await WaitFor(exported, a => a.Source.Name == Allocation.AllocationTelemetry.SourceName && a.TraceId == rpc.TraceId);
        Assert.Equal(rpc.SpanId, solve.ParentSpanId);
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
