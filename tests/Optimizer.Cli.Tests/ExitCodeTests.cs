using System.Net;
using System.Net.Sockets;
using Optimizer.Cli.Tests.TestSupport;

namespace Optimizer.Cli.Tests;

/// <summary>Every documented exit code, in-process and (where the server decides) through --server.</summary>
public sealed class ExitCodeTests(ServiceFactory service) : IClassFixture<ServiceFactory>, IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Allocate_ValidScenario_ExitsZero()
    {
        var run = await CliRun.Of(["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.json")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("SOLVE_STATUS_OPTIMAL", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("allocate")]
    [InlineData("allocate --scenario")]
    [InlineData("allocate --scenario x.json --bogus")]
    [InlineData("frobnicate")]
    [InlineData("allocate --scenario x.json --format xml")]
    public async Task BadArguments_ExitTwo(string args)
    {
        var run = await CliRun.Of(args.Split(' '));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsTwo()
    {
        var run = await CliRun.Of(["allocate", "--scenario", _temp.File("missing.json")]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("file not found", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad.json", "{\"budget\": {\"total\": 1000}, \"channels\": [")]
    [InlineData("unknown.json", "{\"budget\": {\"total\": 1000}, \"chanels\": []}")]
    [InlineData("bad.yaml", "budget: [1000\nchannels: {")]
    public async Task MalformedScenario_ExitsTwo(string name, string text)
    {
        var run = await CliRun.Of(["allocate", "--scenario", _temp.Write(name, text)]);

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Fact]
    public async Task InvalidRequest_InProcessAndServer_ExitTwo()
    {
        string file = _temp.Write("invalid.json", Scenarios.Invalid);

        var local = await CliRun.Of(["allocate", "--scenario", file]);
        var remote = await CliRun.Of(["allocate", "--scenario", file, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 2, local.ToString());
        Assert.True(remote.ExitCode == 2, remote.ToString());
        Assert.Contains("half_saturation", local.Error, StringComparison.Ordinal);
        Assert.Contains("half_saturation", remote.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontierWithDuplicateNames_InProcessAndServer_ReportScenarioPath()
    {
        string file = _temp.Write("frontier.json", """
            {"scenario":{"channels":[
              {"name":"search","curve":{"exponential":{"maxResponse":5000,"scale":300}}},
              {"name":"search","curve":{"exponential":{"maxResponse":3000,"scale":200}}}]},
             "minBudget":0,"maxBudget":10,"pointCount":2}
            """);

        var local = await CliRun.Of(["frontier", "--scenario", file]);
        var remote = await CliRun.Of(["frontier", "--scenario", file, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 2, local.ToString());
        Assert.True(remote.ExitCode == 2, remote.ToString());
        Assert.Contains("scenario.channels[1].name", local.Error, StringComparison.Ordinal);
        Assert.Contains("scenario.channels[1].name", remote.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Infeasible_InProcessAndServer_ExitThree()
    {
        string file = _temp.Write("infeasible.json", Scenarios.Infeasible);

        var local = await CliRun.Of(["allocate", "--scenario", file]);
        var remote = await CliRun.Of(["allocate", "--scenario", file, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 3, local.ToString());
        Assert.True(remote.ExitCode == 3, remote.ToString());
        Assert.Contains("sum of maximum spends", local.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetUnreachable_InProcessAndServer_ExitFour()
    {
        string file = _temp.Write("target.json", Scenarios.TargetUnreachable);

        var local = await CliRun.Of(["allocate", "--scenario", file]);
        var remote = await CliRun.Of(["allocate", "--scenario", file, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 4, local.ToString());
        Assert.True(remote.ExitCode == 4, remote.ToString());
    }

    [Fact]
    public async Task ServerUnreachable_RetriesThenExitsFive()
    {
        int port = ClosedPort();

        var run = await CliRun.Of(
            ["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.json"), "--server", $"http://127.0.0.1:{port}", "--retries", "2"]);

        // Connection failures never reach an HTTP handler (gRPC's subchannel fails first): the retry log shows the attempts.
        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains("attempt 1 of 3: Unavailable", run.Error, StringComparison.Ordinal);
        Assert.Contains("attempt 2 of 3: Unavailable", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("attempt 3 of 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidArgumentFromServer_IsNotRetried()
    {
        CountingHandler? counter = null;

        var run = await CliRun.Of(
            ["allocate", "--scenario", _temp.Write("invalid.json", Scenarios.Invalid), "--server", service.Address, "--retries", "4"],
            service.Handler(inner => counter = new CountingHandler(inner)));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(1, counter!.Count);
    }

    [Fact]
    public async Task ServerSlowerThanTimeout_ExitsSix()
    {
        var run = await CliRun.Of(
            ["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.json"), "--server", service.Address, "--timeout", "0.3"],
            service.Handler(inner => new CountingHandler(inner, delay: TimeSpan.FromSeconds(3))));

        Assert.True(run.ExitCode == 6, run.ToString());
    }

    [Fact]
    public async Task FitPastTimeout_ExitsSix()
    {
        var run = await CliRun.Of(
            ["fit", "--data", RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"), "--spec", RepositoryPaths.Combine("examples", "job.yaml"), "--timeout", "0.05"]);

        Assert.True(run.ExitCode == 6, run.ToString());
        Assert.Contains("deadline exceeded", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FitWithMissingColumn_ExitsTwo()
    {
        var run = await CliRun.Of(
            ["fit", "--data", RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"), "--date", "DATE", "--outcome", "revenue", "--channel", "radio_S"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("radio_S", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputNotWritable_ExitsOne()
    {
        string notADirectory = _temp.Write("file", "x");

        var run = await CliRun.Of(["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.json"), "--out", Path.Combine(notADirectory, "plan.json")]);

        Assert.True(run.ExitCode == 1, run.ToString());
    }

    public void Dispose() => _temp.Dispose();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
