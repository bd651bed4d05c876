using Google.Protobuf;
using Optimizer.Cli.Tests.TestSupport;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Tests;

/// <summary>--server against the real service (in memory) gives the same answers as the in-process run.</summary>
public sealed class ServerParityTests(ServiceFactory service) : IClassFixture<ServiceFactory>, IDisposable
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("retail_weekly.json")]
    [InlineData("s_curves.json")]
    [InlineData("pymc_mmm_example.json")]
    public async Task Allocate_ServerAndInProcess_SamePlan(string example)
    {
        string[] args = ["allocate", "--scenario", RepositoryPaths.Combine("examples", example), "--format", "json"];

        var local = await CliRun.Of(args);
        var remote = await CliRun.Of([.. args, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        var localPlan = Parser.Parse<V1.AllocateBudgetResponse>(local.Out);
        var remotePlan = Parser.Parse<V1.AllocateBudgetResponse>(remote.Out);
        localPlan.WallTime = remotePlan.WallTime = null;
        Assert.Equal(localPlan, remotePlan);
        Assert.Equal(V1.SolveStatus.Optimal, localPlan.Status);
    }

    [Fact]
    public async Task Frontier_ServerAndInProcess_SamePoints()
    {
        string[] args = ["frontier", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly_frontier.json"), "--format", "json"];

        var local = await CliRun.Of(args);
        var remote = await CliRun.Of([.. args, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        var localPoints = Points(local.Out);
        Assert.Equal(11, localPoints.Length);
        Assert.Equal(localPoints, Points(remote.Out));
    }

    [Fact]
    public async Task Evaluate_ServerAndInProcess_SameEvaluation()
    {
        string[] args = ["evaluate", "--scenario", _temp.Write("evaluate.json", Scenarios.Evaluate), "--format", "json"];

        var local = await CliRun.Of(args);
        var remote = await CliRun.Of([.. args, "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        var evaluation = Parser.Parse<V1.EvaluateAllocationResponse>(local.Out);
        Assert.Equal(evaluation, Parser.Parse<V1.EvaluateAllocationResponse>(remote.Out));
        Assert.Equal(25000, evaluation.Channels[0].Spend);
        Assert.Equal(10000, evaluation.Channels[1].Spend);
    }

    [Fact]
    public async Task Run_WithServer_SamePlanAsInProcess()
    {
        string[] args = ["run", "--data", RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"), "--spec", RepositoryPaths.Combine("examples", "job.yaml")];

        var local = await CliRun.Of([.. args, "--out", _temp.File("local")]);
        var remote = await CliRun.Of([.. args, "--out", _temp.File("remote"), "--server", service.Address], service.Handler());

        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        var localPlan = Parser.Parse<V1.AllocateBudgetResponse>(File.ReadAllText(_temp.File("local/plan.json")));
        var remotePlan = Parser.Parse<V1.AllocateBudgetResponse>(File.ReadAllText(_temp.File("remote/plan.json")));
        localPlan.WallTime = remotePlan.WallTime = null;
        Assert.Equal(localPlan, remotePlan);
    }

    public void Dispose() => _temp.Dispose();

    private static V1.ComputeBudgetFrontierResponse[] Points(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(e => Parser.Parse<V1.ComputeBudgetFrontierResponse>(e.GetRawText())).ToArray();
}
