using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using Optimizer.Service.Errors;
using Optimizer.Service.Hosting;

namespace Optimizer.Service.Admission;

/// <summary>
/// Checks the gRPC length-prefixed framing of request bodies on the HTTP/2 port before grpc-dotnet reads it. The
/// optimizer.v1 and health methods take exactly one request message, so a valid body is one frame: a compressed-flag byte
/// (0, or 1 with a <c>grpc-encoding</c> other than identity), a 4-byte big-endian length, and exactly that many
/// bytes (gRPC over HTTP/2, "Length-Prefixed-Message", github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md).
/// grpc-dotnet answers a lying header with INTERNAL ("Incomplete message", "compressed flag without grpc-encoding")
/// or UNKNOWN; here such a body is INVALID_ARGUMENT with reason MALFORMED_FRAME and a BadRequest naming the rule,
/// and one above the message-size limit is RESOURCE_EXHAUSTED, as grpc-dotnet would say. A valid body is handed on
/// unchanged (from a buffer: the frame is read once, as grpc-dotnet does for unary calls).
/// It is also the cheapest place to refuse a solve when the CPU is saturated
/// (<see cref="SolveAdmission.CpuSaturated"/>): before the body is read or parsed, and without exceptions, so that
/// under overload a refusal costs a small fraction of a solve.
/// </summary>
internal sealed class GrpcFramingMiddleware(RequestDelegate next, IOptions<ServiceLimits> limits, SolveAdmission admission)
{
    private const int HeaderLength = 5;

    /// <summary>Runs the check on gRPC requests and passes every other request through.</summary>
    /// <param name="context">The HTTP context.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || request.Protocol != "HTTP/2" || !IsGrpc(request.ContentType) || !context.Response.SupportsTrailers()
            || !OneRequestMessage(request.Path.Value))
        {
            await next(context);
            return;
        }

        if (SolveAdmission.Gates(request.Path.Value ?? "") && admission.CpuSaturated(out long pending))
        {
            await WriteStatusAsync(context, RpcErrors.FromException(new ServerOverloadedException(pending, admission.MaxPendingWorkItems), deadlinePassed: false));
            return;
        }

        long limit = limits.Value.MaxMessageBytes + (long)HeaderLength;
        var reader = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(context.RequestAborted);
            if (read.IsCompleted || read.IsCanceled || read.Buffer.Length > limit)
            {
                break;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var buffer = read.Buffer;
        var problem = Check(buffer, limit, request.Headers["grpc-encoding"].ToString());
        byte[] body = problem is null ? buffer.ToArray() : [];
        reader.AdvanceTo(buffer.End);
        if (problem is not null)
        {
            await WriteStatusAsync(context, problem);
            return;
        }

        request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    /// <summary>The status for a body that is not one well-formed frame, or null when it is.</summary>
    /// <param name="body">The whole body (or its first bytes beyond <paramref name="limit"/>).</param>
    /// <param name="limit">Largest allowed body: the message-size limit plus the 5-byte header.</param>
    /// <param name="encoding">The request's grpc-encoding header (empty when absent).</param>
    internal static Google.Rpc.Status? Check(ReadOnlySequence<byte> body, long limit, string encoding)
    {
        if (body.Length > limit)
        {
            return RpcErrors.MessageTooLarge(limit - HeaderLength);
        }

        if (body.Length < HeaderLength)
        {
            return RpcErrors.MalformedFrame("length", $"the body has {body.Length} bytes; a gRPC request is a 5-byte frame header and a message");
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        body.Slice(0, HeaderLength).CopyTo(header);
        byte flag = header[0];
        uint declared = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        long actual = body.Length - HeaderLength;
        if (flag > 1)
        {
            return RpcErrors.MalformedFrame("compressed_flag", $"the compressed flag is {flag}; it must be 0 or 1");
        }

        if (flag == 1 && (encoding.Length == 0 || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase)))
        {
            return RpcErrors.MalformedFrame("compressed_flag", "the message is marked compressed but the request has no grpc-encoding");
        }

        if (declared != actual)
        {
            return RpcErrors.MalformedFrame("length", $"the frame header declares {declared} message bytes but {actual} follow (one message per request)");
        }

        return null;
    }

    /// <summary>
    /// Whether the method takes exactly one request message: every optimizer.v1 method (unary or server streaming) and
    /// grpc.health.v1 (Check, Watch). Server reflection is a bidirectional stream whose client may keep sending, so it
    /// is left to grpc-dotnet.
    /// </summary>
    private static bool OneRequestMessage(string? path) =>
        path is not null
        && (path.StartsWith(SolveAdmission.GatedPrefix, StringComparison.Ordinal) || path.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal));

    private static bool IsGrpc(string? contentType) =>
        contentType is not null
        && contentType.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase)
        && !contentType.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase);

    /// <summary>A gRPC answer with no message: HTTP 200, then grpc-status, grpc-message and grpc-status-details-bin trailers.</summary>
    private static async Task WriteStatusAsync(HttpContext context, Google.Rpc.Status status)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        await response.StartAsync(context.RequestAborted);
        response.AppendTrailer("grpc-status", status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.AppendTrailer("grpc-message", PercentEncode(status.Message));
        response.AppendTrailer("grpc-status-details-bin", Convert.ToBase64String(status.ToByteArray()));
    }

    /// <summary>grpc-message encoding: bytes outside printable ASCII, and '%', as %XX of their UTF-8 (PROTOCOL-HTTP2.md).</summary>
    private static string PercentEncode(string message)
    {
        var text = new System.Text.StringBuilder();
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(message))
        {
            text.Append(b is >= 0x20 and <= 0x7E and not (byte)'%' ? ((char)b).ToString() : $"%{b:X2}");
        }

        return text.ToString();
    }
}
