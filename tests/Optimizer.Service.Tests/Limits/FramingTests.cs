using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Limits;

/// <summary>
/// Raw HTTP/2 requests with hand-built gRPC frames against the real server: every lying frame header is
/// INVALID_ARGUMENT (reason MALFORMED_FRAME, a BadRequest naming the header field), never INTERNAL or UNKNOWN, and
/// well-formed frames (plain or gzip-compressed) still reach the service.
/// </summary>
public sealed class FramingTests(RealServerFixture fixture) : IClassFixture<RealServerFixture>, IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private static byte[] Message => Requests.Allocate(1_000, Requests.Exponential("search", 1_000, 100)).ToByteArray();

    public static TheoryData<string, string> LyingFrames() => new()
    {
        { "length beyond the body", "frame.length" },
        { "length short of the body", "frame.length" },
        { "two messages", "frame.length" },
        { "compressed without grpc-encoding", "frame.compressed_flag" },
        { "flag byte 7", "frame.compressed_flag" },
        { "empty body", "frame.length" },
        { "three bytes", "frame.length" },
    };

    [Theory]
    [MemberData(nameof(LyingFrames))]
    public async Task AllocateBudget_LyingFrameHeader_InvalidArgumentNamingTheField(string kind, string field)
    {
        byte[] m = Message;
        byte[] body = kind switch
        {
            "length beyond the body" => [0, .. Length(m.Length + 16), .. m],
            "length short of the body" => [0, .. Length(m.Length - 3), .. m],
            "two messages" => [0, .. Length(m.Length), .. m, 0, .. Length(m.Length), .. m],
            "compressed without grpc-encoding" => [1, .. Length(m.Length), .. m],
            "flag byte 7" => [7, .. Length(m.Length), .. m],
            "empty body" => [],
            _ => [0, 0, 0],
        };

        var (code, status) = await SendAsync(body, encoding: null);

        Assert.Equal(StatusCode.InvalidArgument, code);
        Assert.NotNull(status);
        var info = status.Details.Select(d => d.TryUnpack<Google.Rpc.ErrorInfo>(out var i) ? i : null).Single(i => i is not null)!;
        Assert.Equal("MALFORMED_FRAME", info.Reason);
        var badRequest = status.Details.Select(d => d.TryUnpack<Google.Rpc.BadRequest>(out var b) ? b : null).Single(b => b is not null)!;
        Assert.Equal(field, Assert.Single(badRequest.FieldViolations).Field);
    }

    [Fact]
    public async Task AllocateBudget_WellFormedFrames_PlainAndGzip_Answered()
    {
        byte[] m = Message;
        using var gzipped = new MemoryStream();
        await using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(m);
        }

        byte[] compressed = gzipped.ToArray();

        var (plain, _) = await SendAsync([0, .. Length(m.Length), .. m], encoding: null);
        var (zipped, _) = await SendAsync([1, .. Length(compressed.Length), .. compressed], encoding: "gzip");

        Assert.Equal(StatusCode.OK, plain);
        Assert.Equal(StatusCode.OK, zipped);
    }

    private async Task<(StatusCode Code, Google.Rpc.Status? Status)> SendAsync(byte[] body, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Server.GrpcAddress, "/optimizer.v1.AllocationService/AllocateBudget"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string code = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.First()
            : response.Headers.GetValues("grpc-status").First();
        var details = response.TrailingHeaders.TryGetValues("grpc-status-details-bin", out var bin)
            ? Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(Pad(bin.First())))
            : null;
        return ((StatusCode)int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), details);
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');

    private static byte[] Length(int length) => [(byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length];
}
