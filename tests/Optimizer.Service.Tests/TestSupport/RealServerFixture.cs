namespace Optimizer.Service.Tests.TestSupport;

/// <summary>One real server process shared by the tests of a class.</summary>
public sealed class RealServerFixture : IAsyncLifetime
{
    private RealServer? _server;

    public RealServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _server = await RealServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
