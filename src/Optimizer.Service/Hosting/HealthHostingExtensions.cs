using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Optimizer.Service.Hosting;

/// <summary>
/// Health: the standard gRPC health service (grpc.health.v1.Health, SERVING once the host runs) and
/// <c>/healthz</c> over HTTP/1.1, both backed by one "self" check.
/// </summary>
internal static class HealthHostingExtensions
{
    /// <summary>Registers the "self" health check and the gRPC health service.</summary>
    public static WebApplicationBuilder AddOptimizerHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpcHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy("The optimizer host is running."));
        return builder;
    }

    /// <summary>Maps grpc.health.v1.Health and <c>GET /healthz</c>.</summary>
    public static WebApplication MapOptimizerHealth(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
