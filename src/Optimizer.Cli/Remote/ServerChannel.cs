using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace Optimizer.Cli.Remote;

/// <summary>
/// The gRPC channel for a --server value. Three forms:
/// <list type="bullet">
/// <item><c>http://host:port</c> (or https): one server (a Kubernetes ClusterIP Service balances connections, not calls);</item>
/// <item><c>dns:///host:port</c>: every address the name resolves to, re-resolved when connections fail, with the
/// calls spread round-robin over them (a headless Service: one A record per ready pod; plain-text HTTP/2);</item>
/// <item><c>http://a:port,http://b:port,…</c>: a fixed list of servers, one channel each; the backend sends its calls to
/// them in turn, so concurrent calls are spread even before every connection is up (a balancer only picks among
/// connections already ready).</item>
/// </list>
/// The dns:/// form uses Grpc.Net.Client's own resolver and round_robin balancer (learn.microsoft.com/aspnet/core/grpc/loadbalancing).
/// </summary>
internal static class ServerChannel
{
    private const int MaxMessageSize = 64 * 1024 * 1024;

    /// <summary>
    /// The channels (connections are opened lazily): one for a single server or a dns:/// name (balanced inside the
    /// channel), one per listed server for a list (the backend spreads calls over them in turn).
    /// </summary>
    /// <param name="address">The --server value.</param>
    /// <param name="httpHandler">HTTP handler for the single-server form (null: a socket handler); the other forms use sockets.</param>
    /// <exception cref="CliException">The value is none of the three forms.</exception>
    public static GrpcChannel[] Create(string address, HttpMessageHandler? httpHandler)
    {
        string value = address.Trim();
        if (value.StartsWith("dns:///", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var dns) || dns.AbsolutePath.Trim('/').Length == 0)
            {
                throw Invalid(address);
            }

            return [GrpcChannel.ForAddress(dns, Balanced())];
        }

        if (value.Contains(',', StringComparison.Ordinal))
        {
            var servers = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Http).ToArray();
            return [.. servers.Select(server => Single(server, null))];
        }

        return [Single(Http(value), httpHandler)];

        Uri Http(string one) =>
            Uri.TryCreate(one, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw Invalid(address);
    }

    private static GrpcChannel Single(Uri server, HttpMessageHandler? httpHandler) =>
        GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            HttpHandler = httpHandler,
            DisposeHttpClient = httpHandler is not null,
            MaxReceiveMessageSize = MaxMessageSize,
            MaxSendMessageSize = MaxMessageSize,
        });

    private static GrpcChannelOptions Balanced() => new()
    {
        Credentials = ChannelCredentials.Insecure,
        ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } },
        MaxReceiveMessageSize = MaxMessageSize,
        MaxSendMessageSize = MaxMessageSize,
    };

    private static CliException Invalid(string address) =>
        CliException.Invalid($"--server {address}: expected http://host:port, dns:///host:port (every address of the name, round-robin) or a comma-separated list of http://host:port");
}
