using Google.Protobuf;
using Optimizer.Cli.Io;
using Optimizer.Cli.Tests.TestSupport;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Tests;

/// <summary>JSON and YAML scenario files are the same request and give the same plan.</summary>
public sealed class ScenarioFormatTests : IDisposable
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Read_JsonAndYamlExamples_SameRequest()
    {
        var json = ProtoFiles.Read<V1.AllocateBudgetRequest>(RepositoryPaths.Combine("examples", "retail_weekly.json"));
        var yaml = ProtoFiles.Read<V1.AllocateBudgetRequest>(RepositoryPaths.Combine("examples", "retail_weekly.yaml"));

        Assert.Equal(json, yaml);
        Assert.True(yaml.Channels.Single(c => c.Name == "tv").Locked);
    }

    [Fact]
    public async Task Allocate_JsonAndYaml_SamePlan()
    {
        var fromJson = await CliRun.Of(["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.json"), "--format", "json"]);
        var fromYaml = await CliRun.Of(["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.yaml"), "--format", "json"]);

        var a = Parser.Parse<V1.AllocateBudgetResponse>(fromJson.Out);
        var b = Parser.Parse<V1.AllocateBudgetResponse>(fromYaml.Out);
        a.WallTime = b.WallTime = null;
        Assert.Equal(a, b);
        Assert.Equal(140000, a.Totals.Spend, 6);
    }

    [Fact]
    public void Read_YamlScalars_FollowTheCoreSchema()
    {
        string path = _temp.Write("s.yml", """
            currency_code: "123"      # quoted: a string
            budget: {total: 1.5e3, mode: BUDGET_MODE_AT_MOST}
            channels:
              - {name: on, locked: true, currentSpend: 10, curve: {power: {coefficient: 2, exponent: 0.5}}}
            """);

        var request = ProtoFiles.Read<V1.AllocateBudgetRequest>(path);

        Assert.Equal("123", request.CurrencyCode);
        Assert.Equal(1500, request.Budget.Total);
        Assert.Equal(V1.BudgetMode.AtMost, request.Budget.Mode);
        Assert.Equal("on", request.Channels[0].Name);
        Assert.True(request.Channels[0].Locked);
    }

    [Fact]
    public async Task Allocate_CsvOut_OneRowPerChannel()
    {
        string csv = _temp.File("plan.csv");

        var run = await CliRun.Of(["allocate", "--scenario", RepositoryPaths.Combine("examples", "retail_weekly.yaml"), "--out", csv]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Out);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("channel,current_spend,spend,spend_change,current_response,response,roas,marginal_roas,active_bound", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("tv,50000,50000,0,", lines[5], StringComparison.Ordinal);
        Assert.EndsWith(",locked", lines[5], StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
