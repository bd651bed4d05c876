using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.Fuzz;

/// <summary>
/// Sends one fuzz case to a server: random structured requests with hostile numbers, mutated and random protobuf
/// bytes through a pass-through marshaller, and broken gRPC framing over raw HTTP/2. Returns the gRPC status.
/// </summary>
internal sealed class GrpcFuzzer(GrpcChannel channel, HttpClient http, Uri address)
{
    /// <summary>Kind of the cases whose gRPC framing is broken on purpose.</summary>
    public const string BrokenFraming = "broken framing";

    private const string Service = "optimizer.v1.AllocationService";
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(b => b, b => b);
    private static readonly Method<byte[], byte[]> Allocate = new(MethodType.Unary, Service, "AllocateBudget", Raw, Raw);
    private static readonly Method<byte[], byte[]> Evaluate = new(MethodType.Unary, Service, "EvaluateAllocation", Raw, Raw);
    private static readonly Method<byte[], byte[]> Frontier = new(MethodType.ServerStreaming, Service, "ComputeBudgetFrontier", Raw, Raw);

    /// <summary>One case, chosen and built from <paramref name="seed"/>; returns the kind of case and the status.</summary>
    public async Task<(string Kind, StatusCode Code, string Detail)> RunAsync(int seed)
    {
        var random = new Random(seed);
        int pick = random.Next(100);
        var (kind, call) = pick switch
        {
            < 35 => ("structured allocate", UnaryAsync(Allocate, RandomRequests.Allocate(random).ToByteArray())),
            < 45 => ("structured evaluate", UnaryAsync(Evaluate, RandomRequests.Evaluate(random).ToByteArray())),
            < 52 => ("structured frontier", StreamAsync(RandomRequests.Frontier(random).ToByteArray())),
            < 75 => ("mutated allocate", UnaryAsync(Allocate, RandomRequests.Mutate(RandomRequests.Allocate(random), random))),
            < 80 => ("mutated frontier", StreamAsync(RandomRequests.Mutate(RandomRequests.Frontier(random), random))),
            < 90 => ("random bytes", UnaryAsync(random.Next(2) == 0 ? Allocate : Evaluate, RandomRequests.RandomBytes(random, random.Next(0, 2_048)))),
            < 99 => (BrokenFraming, BrokenFrameAsync(random)),
            _ => ("oversized message", UnaryAsync(Allocate, RandomRequests.RandomBytes(random, (17 * 1024 * 1024) + random.Next(1_000)))),
        };
        var (code, detail) = await call;
        return (kind, code, detail);
    }

    private async Task<(StatusCode, string)> UnaryAsync(Method<byte[], byte[]> method, byte[] payload)
    {
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), payload);
            return (StatusCode.OK, "");
        }
        catch (RpcException e)
        {
            return (e.StatusCode, e.Status.Detail);
        }
    }

    private async Task<(StatusCode, string)> StreamAsync(byte[] payload)
    {
        try
        {
            using var call = channel.CreateCallInvoker().AsyncServerStreamingCall(Frontier, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), payload);
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }

            return (StatusCode.OK, "");
        }
        catch (RpcException e)
        {
            return (e.StatusCode, e.Status.Detail);
        }
    }

    /// <summary>
    /// A gRPC request whose 5-byte frame header lies: a length beyond the body, a compressed flag without
    /// grpc-encoding, a flag byte that is neither 0 nor 1, or a body that is not framed at all.
    /// </summary>
    private async Task<(StatusCode, string)> BrokenFrameAsync(Random random)
    {
        byte[] message = RandomRequests.Allocate(random).ToByteArray();
        byte[] body = random.Next(4) switch
        {
            0 => [0, 0, 0, 0x10, 0, .. message],
            1 => [1, .. BigEndian(message.Length), .. message],
            2 => [(byte)random.Next(2, 256), .. BigEndian(message.Length), .. message],
            _ => RandomRequests.RandomBytes(random, random.Next(0, 5)),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/optimizer.v1.AllocationService/AllocateBudget"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        string? status = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.First()
            : response.Headers.TryGetValues("grpc-status", out var headerValues) ? headerValues.First() : null;
        string detail = response.TrailingHeaders.TryGetValues("grpc-message", out var messages) ? messages.First() : "";
        return status is null ? (StatusCode.Unknown, $"HTTP {(int)response.StatusCode} without grpc-status") : ((StatusCode)int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), detail);
    }

    private static byte[] BigEndian(int length) => [(byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length];
}
