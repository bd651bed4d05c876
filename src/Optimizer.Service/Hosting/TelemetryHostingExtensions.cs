using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Optimizer.Allocation;

namespace Optimizer.Service.Hosting;

/// <summary>
/// OpenTelemetry: traces (one server span per RPC from the ASP.NET Core instrumentation, with the allocator's
/// solve span from <see cref="AllocationTelemetry.SourceName"/> as its child) and metrics (ASP.NET Core plus the
/// allocator's solve duration, channel count and status counters). Prometheus text on <c>/metrics</c>; OTLP export
/// only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class TelemetryHostingExtensions
{
    /// <summary>Service name reported in the OpenTelemetry resource.</summary>
    public const string ServiceName = "optimizer";

    /// <summary>Registers tracing and metrics, the Prometheus exporter and, when configured, the OTLP exporter.</summary>
    public static WebApplicationBuilder AddOptimizerTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(AllocationTelemetry.SourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(AllocationTelemetry.SourceName)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps the Prometheus scraping endpoint <c>GET /metrics</c>.</summary>
    public static WebApplication MapOptimizerTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
