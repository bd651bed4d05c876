using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Optimizer.Cli.Remote;

namespace Optimizer.Cli.Tests;

/// <summary>Which failures the CLI retries, and how long it waits.</summary>
public class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(3, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(40));

    [Fact]
    public async Task RunAsync_ResourceExhaustedWithRetryInfo_RetriesAfterTheServersDelay()
    {
        int attempts = 0;
        var clock = Stopwatch.StartNew();

        int result = await Policy.RunAsync(
            _ => ++attempts == 1 ? throw Refusal(TimeSpan.FromMilliseconds(300)) : Task.FromResult(42),
            () => true, DateTime.UtcNow.AddSeconds(30), null, CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(2, attempts);
        Assert.True(clock.ElapsedMilliseconds >= 300, $"retried after {clock.ElapsedMilliseconds} ms, before the 300 ms RetryInfo delay");
    }

    [Fact]
    public async Task RunAsync_ResourceExhaustedWithoutRetryInfo_NotRetried()
    {
        int attempts = 0;

        var e = await Assert.ThrowsAsync<RpcException>(() => Policy.RunAsync<int>(
            _ => { attempts++; throw new RpcException(new Status(StatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size.")); },
            () => true, DateTime.UtcNow.AddSeconds(30), null, CancellationToken.None));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task RunAsync_InvalidArgument_NotRetried_UnavailableRetriedUpToTheAttempts()
    {
        int invalid = 0, unavailable = 0;

        await Assert.ThrowsAsync<RpcException>(() => Policy.RunAsync<int>(
            _ => { invalid++; throw new RpcException(new Status(StatusCode.InvalidArgument, "bad")); },
            () => true, DateTime.UtcNow.AddSeconds(30), null, CancellationToken.None));
        await Assert.ThrowsAsync<RpcException>(() => Policy.RunAsync<int>(
            _ => { unavailable++; throw new RpcException(new Status(StatusCode.Unavailable, "down")); },
            () => true, DateTime.UtcNow.AddSeconds(30), null, CancellationToken.None));

        Assert.Equal(1, invalid);
        Assert.Equal(3, unavailable);
    }

    private static RpcException Refusal(TimeSpan delay) => new Google.Rpc.Status
    {
        Code = (int)StatusCode.ResourceExhausted,
        Message = "every solve slot is busy",
        Details = { Any.Pack(new Google.Rpc.RetryInfo { RetryDelay = Duration.FromTimeSpan(delay) }) },
    }.ToRpcException();
}
