using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>EvaluateAllocation end to end, against the curve formulas written out here.</summary>
public sealed class EvaluateAllocationTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task EvaluateAllocation_GivenSplit_ReturnsResponseRoasAndMarginalRoas()
    {
        var request = new EvaluateAllocationRequest { ValuePerResponse = 3 };
        request.Channels.Add(Requests.Exponential("search", 100_000, 20_000, current: 10_000));
        request.Channels.Add(Requests.Logarithmic("social", 30_000, 5_000, current: 7_000));
        request.Spends.Add(new ChannelSpend { Name = "search", Spend = 20_000 });

        var response = await service.Client.EvaluateAllocationAsync(request);

        double searchResponse = 100_000 * (1 - Math.Exp(-1));
        Assert.Equal(searchResponse, response.Channels[0].Response, 1e-6);
        Assert.Equal(3 * searchResponse / 20_000, response.Channels[0].Roas, 1e-12);
        Assert.Equal(3 * 5 * Math.Exp(-1), response.Channels[0].MarginalRoas, 1e-12);
        Assert.Equal(10_000, response.Channels[0].SpendChange, 1e-9);
        Assert.Equal(7_000, response.Channels[1].Spend);
        Assert.Equal(30_000 * Math.Log(1 + (7_000.0 / 5_000)), response.Channels[1].Response, 1e-6);
        Assert.Equal(ActiveBound.Unspecified, response.Channels[0].ActiveBound);
        Assert.Equal(27_000, response.Totals.Spend, 1e-9);
        Assert.Equal(3 * response.Totals.Response, response.Totals.Value, 1e-6);
    }

    [Fact]
    public async Task EvaluateAllocation_ZeroSpends_LeavesRoasUnsetAndHasNoNaN()
    {
        var request = new EvaluateAllocationRequest();
        request.Channels.Add(Requests.Exponential("search", 100_000, 20_000));
        request.Channels.Add(new Channel
        {
            Name = "video",
            Curve = new ResponseCurve { Power = new PowerCurve { Coefficient = 10, Exponent = 0.5 } },
        });

        var response = await service.Client.EvaluateAllocationAsync(request);

        Assert.Empty(Finiteness.NonFinite(response));
        Assert.All(response.Channels, c => Assert.False(c.HasRoas));
        Assert.False(response.Channels[1].HasMarginalRoas);
        Assert.False(response.Totals.HasRoas);
        Assert.False(response.Totals.HasCpa);
    }
}
