using Microsoft.AspNetCore.Mvc.Testing;

namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>The optimizer.v1 service in memory (src/Optimizer.Service's Program on a TestServer).</summary>
public sealed class ServiceFactory : WebApplicationFactory<global::Program>
{
    /// <summary>Base address the CLI's --server points at (the handler routes it to the test server).</summary>
    public string Address => Server.BaseAddress.ToString();

    /// <summary>A handler into the test server, optionally wrapped by <paramref name="wrap"/>.</summary>
    public Func<HttpMessageHandler> Handler(Func<HttpMessageHandler, DelegatingHandler>? wrap = null) =>
        () => wrap is null ? Server.CreateHandler() : wrap(Server.CreateHandler());
}
