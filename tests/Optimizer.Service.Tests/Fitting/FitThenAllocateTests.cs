using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Fitting;

/// <summary>
/// The end-to-end case of the curve-fitting issue: fit a real dataset with FitMarketingMix and send the returned
/// curves straight into AllocateBudget, with no unit conversion: the curves are spend per week to incremental
/// revenue per week, the unit the allocator plans in.
/// </summary>
public sealed class FitThenAllocateTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const int RecentWeeks = 4;

    [Fact]
    public async Task FitMarketingMix_RobynWeekly_CurvesOptimizeNextWeeksBudgetAtLeastAsWellAsTheCurrentSplit()
    {
        // Arrange: fit Robyn's simulated weekly data (revenue; tv, ooh, print, facebook, search; competitor sales).
        var fitting = new CurveFittingService.CurveFittingServiceClient(service.Channel);
        var data = MixRequests.Robyn();
        var fit = await fitting.FitMarketingMixAsync(data);

        // The next week's plan: today's split = each channel's average of the last 4 weeks, budget = their total,
        // every channel between 0.5x and 2x its current spend.
        var recent = data.Rows.Skip(data.Rows.Count - RecentWeeks).ToArray();
        var channels = fit.Channels.Select((c, i) => new Channel
        {
            Name = c.Name,
            Curve = c.Curve,
            CurrentSpend = recent.Average(r => r.Spends[data.ChannelNames.IndexOf(c.Name)]),
            MinSpendRatio = 0.5,
            MaxSpendRatio = 2.0,
        }).ToArray();
        double budget = channels.Sum(c => c.CurrentSpend);
        var allocate = new AllocateBudgetRequest { Budget = new Budget { Total = budget, Mode = BudgetMode.Exact }, Channels = { channels }, ResponseUnit = "revenue" };
        var evaluate = new EvaluateAllocationRequest { Channels = { channels } };

        // Act
        var plan = await service.Client.AllocateBudgetAsync(allocate);
        var today = await service.Client.EvaluateAllocationAsync(evaluate);

        // Assert
        Assert.Equal(5, fit.Channels.Count);
        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(budget, plan.Totals.Spend, budget * 1e-9);
        Assert.Equal(today.Totals.Response, plan.Totals.CurrentResponse, Math.Abs(today.Totals.Response) * 1e-9);
        Assert.True(plan.Totals.Response >= today.Totals.Response * (1 - 1e-9), $"optimized {plan.Totals.Response} < current {today.Totals.Response}");
        Assert.All(plan.Channels.Zip(channels), p => Assert.InRange(p.First.Spend, (0.5 * p.Second.CurrentSpend) - 1e-6, (2 * p.Second.CurrentSpend) + 1e-6));
        Assert.Empty(Finiteness.NonFinite(plan));
    }
}
