using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Optimizer.Contracts.V1;

namespace Optimizer.LoadTest;

/// <summary>
/// Open-loop load: calls start on a fixed schedule (rate per second) whatever the latency of earlier calls, over
/// a few HTTP/2 connections, so a slow server shows up as latency and errors rather than a lower offered rate.
/// </summary>
public static class LoadRunner
{
    private const int Connections = 4;

    public static async Task<LoadReport> RunAsync(LoadOptions options)
    {
        var channels = Enumerable.Range(0, Connections).Select(_ => GrpcChannel.ForAddress(options.Address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionLifetime = Timeout.InfiniteTimeSpan },
        })).ToArray();
        var call = Scenario(options.Scenario, channels);
        for (int i = 0; i < 200; i++)
        {
            await call(i);
        }

        if (options.Warmup > TimeSpan.Zero)
        {
            await OpenLoopAsync(call, options.Rate, options.Warmup, new ConcurrentDictionary<StatusCode, ConcurrentBag<double>>());
        }

        double? startRss = Rss(options.ServerPid, "VmRSS");
        var latencies = new ConcurrentDictionary<StatusCode, ConcurrentBag<double>>();
        var clock = Stopwatch.StartNew();
        int late = await OpenLoopAsync(call, options.Rate, options.Duration, latencies);
        var elapsed = clock.Elapsed;
        foreach (var channel in channels)
        {
            channel.Dispose();
        }

        return new LoadReport(options, elapsed, latencies.ToDictionary(kv => kv.Key, kv => kv.Value.ToList()), late, Rss(options.ServerPid, "VmHWM"), startRss);
    }

    /// <summary>Starts calls at k/rate seconds for k = 0, 1, … over <paramref name="duration"/>, whatever the latency of earlier ones; returns the number sent more than 5 ms late.</summary>
    private static async Task<int> OpenLoopAsync(Func<long, Task<StatusCode>> call, int rate, TimeSpan duration, ConcurrentDictionary<StatusCode, ConcurrentBag<double>> latencies)
    {
        var inFlight = new List<Task>();
        int late = 0;
        long total = (long)(rate * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        for (long k = 0; k < total; k++)
        {
            double due = k * 1_000.0 / rate;
            double wait = due - clock.Elapsed.TotalMilliseconds;
            if (wait > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait));
            }
            else if (wait < -5)
            {
                late++;
            }

            long index = k;
            inFlight.Add(Task.Run(async () =>
            {
                long start = Stopwatch.GetTimestamp();
                var code = await call(index);
                latencies.GetOrAdd(code, _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }));
        }

        await Task.WhenAll(inFlight);
        return late;
    }

    private static Func<long, Task<StatusCode>> Scenario(string name, GrpcChannel[] channels)
    {
        if (name == "health")
        {
            // grpc.health.v1.Health/Check with an empty HealthCheckRequest (zero bytes), answer kept as bytes.
            var raw = Marshallers.Create<byte[]>(b => b, b => b);
            var check = new Method<byte[], byte[]>(MethodType.Unary, "grpc.health.v1.Health", "Check", raw, raw);
            var invokers = channels.Select(c => c.CreateCallInvoker()).ToArray();
            return index => Status(async () => await invokers[index % invokers.Length].AsyncUnaryCall(check, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5)), []));
        }

        var allocation = channels.Select(c => new AllocationService.AllocationServiceClient(c)).ToArray();
        // "allocate" is the 20-channel request; "allocate:N" the same generator with N channels.
        var request = SCurveRequest(name.StartsWith("allocate:", StringComparison.Ordinal) ? int.Parse(name["allocate:".Length..], CultureInfo.InvariantCulture) : 20);
        return index => Status(async () => await allocation[index % allocation.Length].AllocateBudgetAsync(request, deadline: DateTime.UtcNow.AddSeconds(5)));
    }

    private static async Task<StatusCode> Status(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    /// <summary>
    /// <paramref name="channels"/> channels (default 20): half S-shaped Hill curves (slope 1.5 to 3), half concave
    /// exponential ones, and a weekly budget of 10,000 per channel.
    /// </summary>
    public static AllocateBudgetRequest SCurveRequest(int channels = 20)
    {
        var random = new Random(20);
        var request = new AllocateBudgetRequest { Budget = new Budget { Total = 10_000.0 * channels, Mode = BudgetMode.Exact } };
        for (int i = 0; i < channels; i++)
        {
            var curve = i % 2 == 0
                ? new ResponseCurve { Hill = new HillCurve { MaxResponse = 40_000 + (random.NextDouble() * 60_000), HalfSaturation = 5_000 + (random.NextDouble() * 15_000), Slope = 1.5 + (1.5 * random.NextDouble()) } }
                : new ResponseCurve { Exponential = new ExponentialCurve { MaxResponse = 30_000 + (random.NextDouble() * 50_000), Scale = 8_000 + (random.NextDouble() * 12_000) } };
            request.Channels.Add(new Channel { Name = $"channel_{i:00}", Curve = curve, CurrentSpend = 10_000, MaxSpend = 40_000 });
        }

        return request;
    }

    private static double? Rss(int? pid, string field)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
