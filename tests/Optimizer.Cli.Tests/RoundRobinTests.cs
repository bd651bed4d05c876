using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Optimizer.Cli.Tests.TestSupport;
using RealServer = Optimizer.Service.Tests.TestSupport.RealServer;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Tests;

/// <summary>
/// Two real servers (the built service, separate processes on loopback): a frontier split by --parallel over a
/// balanced --server reaches both, and the joined frontier equals the one computed in this process.
/// </summary>
public sealed class RoundRobinTests : IAsyncLifetime
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);
    private readonly TempDirectory _temp = new();
    private RealServer? _first;
    private RealServer? _second;

    public async Task InitializeAsync()
    {
        var servers = await Task.WhenAll(RealServer.StartAsync(), RealServer.StartAsync());
        (_first, _second) = (servers[0], servers[1]);
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { _first, _second })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        _temp.Dispose();
    }

    [Fact]
    public async Task Frontier_ParallelOverTwoServers_BothServeAndPointsEqualTheInProcessFrontier()
    {
        string scenario = RepositoryPaths.Combine("examples", "retail_weekly_frontier.json");
        string servers = $"{_first!.GrpcAddress.ToString().TrimEnd('/')},{_second!.GrpcAddress.ToString().TrimEnd('/')}";

        var local = await CliRun.Of(["frontier", "--scenario", scenario, "--format", "json"]);
        var remote = await CliRun.Of(["frontier", "--scenario", scenario, "--format", "json", "--server", servers, "--parallel", "4"]);

        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        var expected = Points(local.Out);
        var actual = Points(remote.Out);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(i, actual[i].PointIndex);
            Assert.Equal(expected[i].Budget, actual[i].Budget, expected[i].Budget * 1e-12);
            Assert.Equal(expected[i].Totals.Response, actual[i].Totals.Response, expected[i].Totals.Response * 1e-9);
        }

        Assert.True(await FrontierCalls(_first) > 0, "the first server got no ComputeBudgetFrontier call");
        Assert.True(await FrontierCalls(_second) > 0, "the second server got no ComputeBudgetFrontier call");
    }

    [Fact]
    public async Task Frontier_DnsName_ResolvesAndAnswers()
    {
        string scenario = RepositoryPaths.Combine("examples", "retail_weekly_frontier.json");

        var remote = await CliRun.Of(["frontier", "--scenario", scenario, "--format", "json", "--server", $"dns:///localhost:{_first!.GrpcAddress.Port}", "--parallel", "2"]);

        Assert.True(remote.ExitCode == 0, remote.ToString());
        Assert.Equal(11, Points(remote.Out).Length);
    }

    [Theory]
    [InlineData("dns:///", "--parallel", "1")]
    [InlineData("http://127.0.0.1:1,ftp://x", "--parallel", "1")]
    [InlineData("http://127.0.0.1:1", "--parallel", "0")]
    public async Task Frontier_BadServerOrParallel_InvalidInput(string server, string option, string value)
    {
        var run = await CliRun.Of(["frontier", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly_frontier.json"), "--server", server, option, value]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(value == "0" ? "--parallel" : "--server", run.Error, StringComparison.Ordinal);
    }

    private static V1.ComputeBudgetFrontierResponse[] Points(string json) =>
        [.. System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => Parser.Parse<V1.ComputeBudgetFrontierResponse>(e.GetRawText()))];

    /// <summary>ComputeBudgetFrontier requests the server counted (ASP.NET Core's http.server.request.duration on /metrics).</summary>
    private static async Task<double> FrontierCalls(RealServer server)
    {
        using var http = new HttpClient();
        string metrics = await http.GetStringAsync(new Uri(server.HttpAddress, "/metrics"));
        return Regex.Matches(metrics, @"^http_server_request_duration_seconds_count\{[^}]*ComputeBudgetFrontier[^}]*\} (\S+)", RegexOptions.Multiline)
            .Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }
}
