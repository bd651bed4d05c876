using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Optimizer.Allocation;

namespace Optimizer.Service.Hosting;

/// <summary>
/// OpenTelemetry: metrics (ASP.NET Core plus the allocator's solve duration, channel count and status counters),
/// Prometheus text on <c>/metrics</c>; and, when an OTLP endpoint is set (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), OTLP
/// export of metrics, logs and traces (one server span per RPC from the ASP.NET Core instrumentation, with the
/// allocator's solve span from <see cref="AllocationTelemetry.SourceName"/> as its child). Without an exporter no
/// span is recorded: a span per call, sent nowhere, is pure cost under load (the health check's p99 at 8,000 calls/s
/// fell from 18–38 ms to 8.3–9.3 ms without it, docs/benchmarks.md). <c>Optimizer:Telemetry:Traces</c> = true records
/// spans without OTLP (an exporter added in code, as the tests do); the standard <c>OTEL_TRACES_SAMPLER</c> and
/// <c>OTEL_TRACES_SAMPLER_ARG</c> variables choose the sampler (e.g. <c>parentbased_traceidratio</c>, 0.1).
/// </summary>
internal static class TelemetryHostingExtensions
{
    /// <summary>Service name reported in the OpenTelemetry resource.</summary>
    public const string ServiceName = "optimizer";

    /// <summary>
    /// Bucket bounds of <c>http.server.request.duration</c>, seconds: finer than ASP.NET Core's default (which starts
    /// at 5 ms and then 10 ms) below 25 ms, where this service's calls end, so a p99 against a 10 ms objective can be
    /// read from the histogram.
    /// </summary>
    public static readonly double[] RequestDurationBuckets =
        [0.0005, 0.001, 0.002, 0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    /// <summary>Configuration key that records spans even without an OTLP endpoint (true/false).</summary>
    public const string TracesKey = "Optimizer:Telemetry:Traces";

    /// <summary>
    /// Samplers the OpenTelemetry SDK understands in <c>OTEL_TRACES_SAMPLER</c>; it ignores any other value (and an
    /// unreadable <c>OTEL_TRACES_SAMPLER_ARG</c>) without a word and samples every call, so the host refuses them.
    /// </summary>
    public static readonly IReadOnlySet<string> Samplers = new HashSet<string>(StringComparer.Ordinal)
    {
        "always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio",
    };

    /// <summary>Registers metrics, the Prometheus exporter and, when configured, tracing and the OTLP exporter.</summary>
    public static WebApplicationBuilder AddOptimizerTelemetry(this WebApplicationBuilder builder)
    {
        CheckSampler(builder.Configuration["OTEL_TRACES_SAMPLER"], builder.Configuration["OTEL_TRACES_SAMPLER_ARG"]);
        bool otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddView("http.server.request.duration", new ExplicitBucketHistogramConfiguration { Boundaries = RequestDurationBuckets })
                .AddMeter(AllocationTelemetry.SourceName)
                .AddPrometheusExporter());

        if (otlp || builder.Configuration.GetValue(TracesKey, false))
        {
            otel.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(AllocationTelemetry.SourceName));
        }

        if (otlp)
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Throws when the sampler is not one of <see cref="Samplers"/>, or a ratio sampler's argument is not a number in [0, 1].</summary>
    private static void CheckSampler(string? sampler, string? argument)
    {
        if (string.IsNullOrEmpty(sampler))
        {
            return;
        }

        if (!Samplers.Contains(sampler))
        {
            throw new InvalidSettingException($"OTEL_TRACES_SAMPLER must be one of {string.Join(", ", Samplers)} (got '{sampler}').");
        }

        if (sampler.EndsWith("traceidratio", StringComparison.Ordinal) && !string.IsNullOrEmpty(argument)
            && !(double.TryParse(argument, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double ratio) && ratio is >= 0 and <= 1))
        {
            throw new InvalidSettingException($"OTEL_TRACES_SAMPLER_ARG must be a number between 0 and 1 for {sampler} (got '{argument}').");
        }
    }

    /// <summary>Maps the Prometheus scraping endpoint <c>GET /metrics</c>.</summary>
    public static WebApplication MapOptimizerTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
