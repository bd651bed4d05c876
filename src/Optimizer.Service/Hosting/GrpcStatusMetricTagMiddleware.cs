using Microsoft.AspNetCore.Http.Features;

namespace Optimizer.Service.Hosting;

/// <summary>
/// Tags ASP.NET Core's request-duration histogram (<c>http.server.request.duration</c>, Prometheus
/// <c>http_server_request_duration_seconds</c>) with the call's gRPC status, <c>rpc.grpc.status_code</c> (the
/// OpenTelemetry semantic convention for RPC spans and metrics). Every gRPC answer is HTTP 200, so without this tag
/// refused calls (RESOURCE_EXHAUSTED) and served ones fall in the same series; with it, an operator (and the load
/// script) reads the latency of each apart. The status is read from the response trailers, or from the headers of a
/// trailers-only answer, after the rest of the pipeline has run; a call the client abandoned counts as CANCELLED.
/// </summary>
internal sealed class GrpcStatusMetricTagMiddleware(RequestDelegate next)
{
    /// <summary>The tag's name (OpenTelemetry semantic conventions, RPC).</summary>
    public const string TagName = "rpc.grpc.status_code";

    private static readonly string[] Codes = [.. Enumerable.Range(0, 17).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Runs the pipeline, then adds the tag to gRPC requests that have a status.</summary>
    /// <param name="context">The HTTP context.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var tags = context.Features.Get<IHttpMetricsTagsFeature>();
        if (tags is null || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        string? status = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"].ToString();
        if (string.IsNullOrEmpty(status))
        {
            status = context.Response.Headers["grpc-status"].ToString();
        }

        if (int.TryParse(status, System.Globalization.CultureInfo.InvariantCulture, out int code) && code >= 0 && code < Codes.Length)
        {
            if (code == (int)Grpc.Core.StatusCode.Unknown && context.RequestAborted.IsCancellationRequested)
            {
                // The client went away (reset the stream or dropped the connection): grpc-dotnet sets UNKNOWN for the
                // handler's aborted read or write, a status no client received; count it as what it is.
                code = (int)Grpc.Core.StatusCode.Cancelled;
            }

            tags.Tags.Add(new KeyValuePair<string, object?>(TagName, Codes[code]));
        }
    }
}
