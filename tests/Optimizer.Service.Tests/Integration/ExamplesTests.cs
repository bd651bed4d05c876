using Google.Protobuf;
using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>The scenario files in examples/ parse as proto JSON (as buf curl sends them) and solve.</summary>
public sealed class ExamplesTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static TheoryData<string> AllocateExamples() => new() { "retail_weekly.json", "pymc_mmm_example.json", "s_curves.json" };

    [Theory]
    [MemberData(nameof(AllocateExamples))]
    public async Task AllocateBudget_ExampleFile_SpendsTheBudgetOptimally(string file)
    {
        var request = Parser.Parse<AllocateBudgetRequest>(File.ReadAllText(RepositoryPaths.Combine("examples", file)));

        var response = await service.Client.AllocateBudgetAsync(request);

        Assert.Equal(SolveStatus.Optimal, response.Status);
        Assert.Equal(request.Budget.Total, response.Totals.Spend, 1e-9 * request.Budget.Total);
        Assert.True(response.Totals.Response > response.Totals.CurrentResponse);
        Assert.Empty(Finiteness.NonFinite(response));
        for (int i = 0; i < request.Channels.Count; i++)
        {
            Assert.Equal(request.Channels[i].Name, response.Channels[i].Name);
            if (request.Channels[i].Locked)
            {
                Assert.Equal(request.Channels[i].CurrentSpend, response.Channels[i].Spend);
            }
        }
    }

    [Fact]
    public async Task ComputeBudgetFrontier_ExampleFile_StreamsEveryPoint()
    {
        var request = Parser.Parse<ComputeBudgetFrontierRequest>(File.ReadAllText(RepositoryPaths.Combine("examples", "retail_weekly_frontier.json")));

        using var call = service.Client.ComputeBudgetFrontier(request);
        var points = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(request.PointCount, points.Count);
        Assert.All(points, p => Assert.Equal(SolveStatus.Optimal, p.Status));
        Assert.Equal(request.MaxBudget, points[^1].Totals.Spend, 1e-9 * request.MaxBudget);
    }
}
