using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Optimizer.Cli.Remote;

/// <summary>
/// The gRPC channel for a --server value. Three forms:
/// <list type="bullet">
/// <item><c>http://host:port</c> (or https): one server (a Kubernetes ClusterIP Service balances connections, not calls);</item>
/// <item><c>dns:///host:port</c>: every address the name resolves to, re-resolved when connections fail, with the
/// calls spread round-robin over them (a headless Service: one A record per ready pod; plain-text HTTP/2);</item>
/// <item><c>http://a:port,http://b:port,…</c>: a fixed list of servers, calls spread round-robin.</item>
/// </list>
/// Uses Grpc.Net.Client's own resolvers and round_robin balancer (learn.microsoft.com/aspnet/core/grpc/loadbalancing).
/// </summary>
internal static class ServerChannel
{
    private const int MaxMessageSize = 64 * 1024 * 1024;

    /// <summary>Creates the channel (connections are opened lazily).</summary>
    /// <param name="address">The --server value.</param>
    /// <param name="httpHandler">HTTP handler for the single-server form (null: a socket handler); the balanced forms always use sockets.</param>
    /// <exception cref="CliException">The value is none of the three forms.</exception>
    public static GrpcChannel Create(string address, HttpMessageHandler? httpHandler)
    {
        string value = address.Trim();
        if (value.StartsWith("dns:///", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var dns) || dns.AbsolutePath.Trim('/').Length == 0)
            {
                throw Invalid(address);
            }

            return GrpcChannel.ForAddress(dns, Balanced(null));
        }

        if (value.Contains(',', StringComparison.Ordinal))
        {
            var servers = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Http).ToArray();
            if (servers.Select(s => s.Scheme).Distinct().Count() > 1)
            {
                throw CliException.Invalid($"--server {address}: the listed servers must all be http:// or all https://");
            }

            var balancerAddresses = servers.Select(s => new BalancerAddress(s.Host, s.Port)).ToArray();
            var services = new ServiceCollection();
            services.AddSingleton<ResolverFactory>(new StaticResolverFactory(_ => balancerAddresses));
            var options = Balanced(services.BuildServiceProvider());
            options.Credentials = servers[0].Scheme == Uri.UriSchemeHttps ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure;
            return GrpcChannel.ForAddress("static:///optimizer", options);
        }

        return GrpcChannel.ForAddress(Http(value), new GrpcChannelOptions
        {
            HttpHandler = httpHandler,
            DisposeHttpClient = httpHandler is not null,
            MaxReceiveMessageSize = MaxMessageSize,
            MaxSendMessageSize = MaxMessageSize,
        });

        Uri Http(string one) =>
            Uri.TryCreate(one, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw Invalid(address);
    }

    private static GrpcChannelOptions Balanced(IServiceProvider? services) => new()
    {
        Credentials = ChannelCredentials.Insecure,
        ServiceProvider = services,
        ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } },
        MaxReceiveMessageSize = MaxMessageSize,
        MaxSendMessageSize = MaxMessageSize,
    };

    private static CliException Invalid(string address) =>
        CliException.Invalid($"--server {address}: expected http://host:port, dns:///host:port (every address of the name, round-robin) or a comma-separated list of http://host:port");
}
