using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>
/// The built service (src/Optimizer.Service/bin/Debug/net10.0/linux-x64/Optimizer.Service.dll) started as its own
/// process on free loopback ports, ready once its gRPC health check answers SERVING. Stopped with SIGTERM.
/// </summary>
public sealed class RealServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log = new();

    private RealServer(Process process, int grpcPort, int httpPort)
    {
        _process = process;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string ServiceDll { get; } = RepositoryPaths.Combine("src", "Optimizer.Service", "bin", "Debug", "net10.0", "linux-x64", "Optimizer.Service.dll");

    public Uri GrpcAddress { get; }

    public Uri HttpAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the server with extra <c>--Key=Value</c> settings and waits until it is SERVING (30 s at most).</summary>
    public static async Task<RealServer> StartAsync(params string[] settings)
    {
        Assert.True(File.Exists(ServiceDll), $"{ServiceDll} is missing: build src/Optimizer.Service first.");
        int grpcPort = FreePort();
        int httpPort = FreePort();
        while (httpPort == grpcPort)
        {
            httpPort = FreePort();
        }

        var start = StartInfo(grpcPort, httpPort, ["--Logging:LogLevel:Default=Warning", .. settings]);
        var server = new RealServer(Process.Start(start)!, grpcPort, httpPort);
        await server.WaitServingAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    /// <summary>Runs the server with extra settings that should stop it at start; returns its exit code and output (20 s at most).</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(params string[] settings)
    {
        var start = StartInfo(FreePort(), FreePort(), settings);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("The server did not stop at start.");
        }

        return (process.ExitCode, await error + await output);
    }

    public GrpcChannel CreateChannel() => GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });

    /// <summary>Whether the process is running and its gRPC health check answers SERVING.</summary>
    public async Task<bool> IsServingAsync()
    {
        if (_process.HasExited)
        {
            return false;
        }

        try
        {
            using var channel = CreateChannel();
            var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }
        catch (Grpc.Core.RpcException)
        {
            return false;
        }
    }

    /// <summary>Sends SIGTERM (what Kubernetes sends when it stops a pod).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Terminate();
            try
            {
                await WaitForExitAsync(TimeSpan.FromSeconds(30));
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private async Task WaitServingAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            Assert.False(_process.HasExited, "The server exited at start:\n" + Log);
            if (await IsServingAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The server did not answer SERVING in time:\n" + Log);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.WriteLine(line);
        }
    }

    /// <summary>`dotnet Optimizer.Service.dll` on the two loopback ports with extra settings, output redirected.</summary>
    private static ProcessStartInfo StartInfo(int grpcPort, int httpPort, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ServiceDll)!,
        };
        start.ArgumentList.Add(ServiceDll);
        start.ArgumentList.Add($"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}");
        start.ArgumentList.Add($"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{httpPort}");
        foreach (string setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
