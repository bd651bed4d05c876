using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>AllocateBudget end to end through the in-memory host, checked against closed-form KKT solutions.</summary>
public sealed class AllocateBudgetTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task AllocateBudget_IdenticalExponentialChannels_SplitsEqually()
    {
        var request = Requests.Allocate(90_000,
            Requests.Exponential("a", 100_000, 20_000),
            Requests.Exponential("b", 100_000, 20_000),
            Requests.Exponential("c", 100_000, 20_000));

        var response = await service.Client.AllocateBudgetAsync(request);

        Assert.Equal(SolveStatus.Optimal, response.Status);
        Assert.All(response.Channels, c => Assert.Equal(30_000, c.Spend, 1e-6));
        Assert.Equal(90_000, response.Totals.Spend, 1e-6);
    }

    /// <summary>
    /// f_i(x) = β_i (1 − e^(−x/s_i)) has f_i'(x) = (β_i/s_i) e^(−x/s_i). Equal marginals λ with Σ x_i = B give
    /// ln λ = (Σ s_i ln(β_i/s_i) − B) / Σ s_i and x_i = s_i ln(β_i/(s_i λ)) (all interior here).
    /// </summary>
    [Fact]
    public async Task AllocateBudget_ExponentialPair_MatchesClosedFormKkt()
    {
        double[] beta = [100_000, 60_000];
        double[] scale = [20_000, 10_000];
        const double budget = 50_000;
        double lnLambda = ((scale[0] * Math.Log(beta[0] / scale[0])) + (scale[1] * Math.Log(beta[1] / scale[1])) - budget) / (scale[0] + scale[1]);
        double lambda = Math.Exp(lnLambda);
        double[] expected = [scale[0] * (Math.Log(beta[0] / scale[0]) - lnLambda), scale[1] * (Math.Log(beta[1] / scale[1]) - lnLambda)];
        double expectedObjective = (beta[0] * (1 - Math.Exp(-expected[0] / scale[0]))) + (beta[1] * (1 - Math.Exp(-expected[1] / scale[1])));

        var response = await service.Client.AllocateBudgetAsync(Requests.Allocate(budget,
            Requests.Exponential("search", beta[0], scale[0]),
            Requests.Exponential("social", beta[1], scale[1])));

        Assert.Equal(SolveStatus.Optimal, response.Status);
        Assert.Equal(expected[0], response.Channels[0].Spend, 1e-6 * budget);
        Assert.Equal(expected[1], response.Channels[1].Spend, 1e-6 * budget);
        Assert.Equal(expectedObjective, response.Certificate.Objective, 1e-9 * expectedObjective);
        Assert.Equal(lambda, response.BudgetShadowPrice, 1e-6 * lambda);
        Assert.Equal(lambda, response.Channels[0].MarginalRoas, 1e-6 * lambda);
        Assert.True(response.Certificate.RelativeGap <= 1e-6);
        Assert.True(response.Certificate.BestBound >= response.Certificate.Objective * (1 - 1e-12));
    }

    /// <summary>f_i(x) = c_i ln(1 + x/o_i): f_i'(x) = c_i/(o_i + x) = λ gives λ = Σ c_i / (B + Σ o_i), x_i = c_i/λ − o_i.</summary>
    [Fact]
    public async Task AllocateBudget_LogarithmicChannels_MatchesClosedFormKkt()
    {
        double[] coefficient = [40_000, 25_000, 10_000];
        double[] offset = [5_000, 8_000, 2_000];
        const double budget = 60_000;
        double lambda = coefficient.Sum() / (budget + offset.Sum());

        var response = await service.Client.AllocateBudgetAsync(Requests.Allocate(budget,
            Requests.Logarithmic("a", coefficient[0], offset[0]),
            Requests.Logarithmic("b", coefficient[1], offset[1]),
            Requests.Logarithmic("c", coefficient[2], offset[2])));

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal((coefficient[i] / lambda) - offset[i], response.Channels[i].Spend, 1e-6 * budget);
        }

        Assert.Equal(lambda, response.BudgetShadowPrice, 1e-6 * lambda);
    }

    [Fact]
    public async Task AllocateBudget_LockedChannel_KeepsItsSpendExactly()
    {
        var locked = Requests.Exponential("tv", 500_000, 10_000, current: 12_345.67);
        locked.Locked = true;
        var request = Requests.Allocate(60_000, Requests.Exponential("search", 100_000, 20_000, current: 20_000), locked);

        var response = await service.Client.AllocateBudgetAsync(request);

        Assert.Equal(12_345.67, response.Channels[1].Spend);
        Assert.Equal(0, response.Channels[1].SpendChange);
        Assert.Equal(ActiveBound.Locked, response.Channels[1].ActiveBound);
        Assert.Equal(60_000 - 12_345.67, response.Channels[0].Spend, 1e-6);
    }

    [Fact]
    public async Task AllocateBudget_BoundsAndRelativeBounds_AreRespectedAndReported()
    {
        var capped = Requests.Exponential("search", 1_000_000, 50_000, current: 10_000);
        capped.MaxSpendRatio = 1.5;
        var floored = Requests.Exponential("display", 1_000, 50_000, current: 10_000);
        floored.MinSpend = 2_000;
        floored.MinSpendRatio = 0.7;
        var request = Requests.Allocate(30_000, capped, floored, Requests.Exponential("social", 50_000, 10_000));

        var response = await service.Client.AllocateBudgetAsync(request);

        Assert.Equal(15_000, response.Channels[0].Spend, 1e-6);
        Assert.Equal(ActiveBound.Max, response.Channels[0].ActiveBound);
        Assert.Equal(7_000, response.Channels[1].Spend, 1e-6);
        Assert.Equal(ActiveBound.Min, response.Channels[1].ActiveBound);
        Assert.Equal(8_000, response.Channels[2].Spend, 1e-6);
    }

    [Fact]
    public async Task AllocateBudget_SpendsOfBillions_MatchTheScaledDownAnswer()
    {
        const double factor = 1e6;
        var small = await service.Client.AllocateBudgetAsync(Requests.Allocate(50_000,
            Requests.Exponential("a", 100_000, 20_000), Requests.Exponential("b", 60_000, 10_000)));
        var large = await service.Client.AllocateBudgetAsync(Requests.Allocate(50_000 * factor,
            Requests.Exponential("a", 100_000 * factor, 20_000 * factor), Requests.Exponential("b", 60_000 * factor, 10_000 * factor)));

        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(small.Channels[i].Spend * factor, large.Channels[i].Spend, 1e-9 * 50_000 * factor);
        }

        Assert.Equal(50_000 * factor, large.Totals.Spend, 1e-9 * 50_000 * factor);
        Assert.Empty(Finiteness.NonFinite(large));
    }

    [Fact]
    public async Task AllocateBudget_Totals_AddUpToTheBudgetInCurrencyUnits()
    {
        var request = Requests.Allocate(123_456.78,
            Requests.Exponential("a", 90_000, 20_000, current: 40_000),
            Requests.Logarithmic("b", 30_000, 4_000, current: 30_000),
            Requests.Exponential("c", 50_000, 15_000, current: 50_000));
        request.CurrencyCode = "EUR";
        request.ResponseUnit = "revenue";
        request.ValuePerResponse = 2;

        var response = await service.Client.AllocateBudgetAsync(request);

        Assert.Equal(123_456.78, response.Channels.Sum(c => c.Spend), 0.005);
        Assert.Equal(response.Channels.Sum(c => c.Spend), response.Totals.Spend, 1e-6);
        Assert.Equal(120_000, response.Totals.CurrentSpend);
        Assert.Equal(2 * response.Totals.Response, response.Totals.Value, 1e-6);
        Assert.Equal(response.Totals.Value / response.Totals.Spend, response.Totals.Roas, 1e-12);
        Assert.Equal("EUR", response.CurrencyCode);
        Assert.Equal("revenue", response.ResponseUnit);
        Assert.NotNull(response.WallTime);
        Assert.Contains(response.Constraints, c => c.Binding);
    }

    [Fact]
    public async Task AllocateBudget_ZeroCurrentSpendAndZeroMaximum_HasNoNaNOrInfinity()
    {
        var off = Requests.Exponential("paused", 10_000, 5_000, current: 0);
        off.MaxSpend = 0;
        var powerAtZero = new Channel
        {
            Name = "new_channel",
            Curve = new ResponseCurve { Power = new PowerCurve { Coefficient = 50, Exponent = 0.5 } },
            CurrentSpend = 0,
        };
        var request = Requests.Allocate(10_000, Requests.Exponential("search", 100_000, 20_000, current: 0), off, powerAtZero);

        var response = await service.Client.AllocateBudgetAsync(request);

        Assert.Empty(Finiteness.NonFinite(response));
        Assert.Equal(0, response.Channels[1].Spend);
        Assert.False(response.Channels[1].HasRoas);
        Assert.Equal(10_000, response.Totals.Spend, 1e-6);
    }
}
