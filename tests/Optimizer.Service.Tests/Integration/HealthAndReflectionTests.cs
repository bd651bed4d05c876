using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>The standard gRPC health service, /healthz, /metrics and server reflection.</summary>
public sealed class HealthAndReflectionTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task HealthCheck_RunningHost_IsServing()
    {
        var client = new Health.HealthClient(service.Channel);

        var response = await client.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Healthz_Http_IsHealthy()
    {
        using var http = service.Factory.CreateClient();

        string body = await http.GetStringAsync("/healthz");

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Metrics_Http_ServesPrometheusText()
    {
        using var http = service.Factory.CreateClient();

        string body = await http.GetStringAsync("/metrics");

        Assert.Contains("# TYPE", body);
    }

    [Fact]
    public async Task Reflection_ListServices_NamesAllocationFittingHealthAndReflection()
    {
        var client = new ServerReflection.ServerReflectionClient(service.Channel);
        using var call = client.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("optimizer.v1.AllocationService", names);
        Assert.Contains("optimizer.v1.CurveFittingService", names);
        Assert.Contains("grpc.health.v1.Health", names);
        Assert.Contains("grpc.reflection.v1alpha.ServerReflection", names);
    }

    [Fact]
    public async Task Reflection_TwoRequestsOnOneOpenStream_BothAnswered()
    {
        // grpcurl-style clients keep the reflection stream open and ask again after each answer: nothing in front of
        // grpc-dotnet may wait for the request stream to end.
        var client = new ServerReflection.ServerReflectionClient(service.Channel);
        using var call = client.ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(10));

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        Assert.True(await call.ResponseStream.MoveNext());
        var first = call.ResponseStream.Current;
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "optimizer.v1.AllocationService" });
        Assert.True(await call.ResponseStream.MoveNext());
        var second = call.ResponseStream.Current;
        await call.RequestStream.CompleteAsync();

        Assert.NotEmpty(first.ListServicesResponse.Service);
        Assert.NotEmpty(second.FileDescriptorResponse.FileDescriptorProto);
    }
}
