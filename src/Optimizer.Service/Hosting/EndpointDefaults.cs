using Microsoft.Extensions.Configuration.Memory;

namespace Optimizer.Service.Hosting;

/// <summary>
/// Default Kestrel endpoints, registered as the lowest-priority configuration source so that they hold however
/// the service is started (any working directory) while appsettings.json, environment variables
/// (<c>Kestrel__Endpoints__Grpc__Url</c>) and the command line (<c>--Kestrel:Endpoints:Grpc:Url=...</c>) override them.
/// gRPC needs an HTTP/2-only endpoint: without TLS, "Http1AndHttp2" serves HTTP/1.1 only.
/// </summary>
internal static class EndpointDefaults
{
    /// <summary>Default gRPC (HTTP/2 cleartext) address.</summary>
    public const string GrpcUrl = "http://127.0.0.1:50051";

    /// <summary>Default HTTP/1.1 address: JSON transcoding, /healthz, /metrics.</summary>
    public const string HttpUrl = "http://127.0.0.1:8080";

    /// <summary>Inserts the defaults below every other configuration source.</summary>
    public static WebApplicationBuilder AddOptimizerEndpointDefaults(this WebApplicationBuilder builder)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Grpc:Url"] = GrpcUrl,
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Kestrel:Endpoints:Http:Url"] = HttpUrl,
            ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
        };
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        return builder;
    }
}
