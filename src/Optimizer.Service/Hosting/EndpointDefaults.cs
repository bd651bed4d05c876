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
        foreach (var endpoint in builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            CheckUrl($"Kestrel:Endpoints:{endpoint.Key}:Url", endpoint["Url"]);
        }

        return builder;
    }

    /// <summary>
    /// Throws <see cref="InvalidSettingException"/> unless <paramref name="url"/> starts with http:// or https:// and
    /// names something after it (Kestrel's own parser would stop the host with a stack trace instead). The rest, host
    /// and port forms such as <c>http://*:50051</c>, <c>http://[::]:50051</c> or <c>http://unix:/path</c>, is left to Kestrel.
    /// </summary>
    /// <param name="key">The configuration key, named in the message.</param>
    /// <param name="url">Its value.</param>
    internal static void CheckUrl(string key, string? url)
    {
        string[] schemes = ["http://", "https://"];
        if (url is null || !schemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase) && url.Length > s.Length))
        {
            throw new InvalidSettingException($"{key} must be an http:// or https:// address, such as {GrpcUrl} (got '{url}').");
        }
    }
}
