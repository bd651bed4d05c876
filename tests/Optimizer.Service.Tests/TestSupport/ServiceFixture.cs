using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>
/// The whole host in memory (TestServer) with a gRPC channel over its handler; shared by the integration tests
/// of one class.
/// </summary>
public sealed class ServiceFixture : IDisposable
{
    public ServiceFixture()
    {
        Factory = new WebApplicationFactory<Program>();
        Channel = GrpcChannel.ForAddress(Factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Factory.Server.CreateHandler() });
        Client = new AllocationService.AllocationServiceClient(Channel);
    }

    public WebApplicationFactory<Program> Factory { get; }

    public GrpcChannel Channel { get; }

    public AllocationService.AllocationServiceClient Client { get; }

    public void Dispose()
    {
        Channel.Dispose();
        Factory.Dispose();
    }
}
