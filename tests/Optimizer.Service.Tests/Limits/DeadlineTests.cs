using System.Diagnostics;
using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Limits;

/// <summary>
/// The client's deadline is honoured: a solve that cannot finish answers its best feasible split with an honest
/// gap, or DEADLINE_EXCEEDED, within 50 ms of the deadline (the solver gets the deadline minus a safety margin).
/// Against the real built server over loopback, as clients see it.
/// </summary>
public sealed class DeadlineTests(RealServerFixture fixture) : IClassFixture<RealServerFixture>, IDisposable
{
    private readonly Grpc.Net.Client.GrpcChannel _channel = fixture.Server.CreateChannel();

    private AllocationService.AllocationServiceClient Client => new(_channel);

    private CurveFittingService.CurveFittingServiceClient FittingClient => new(_channel);

    public void Dispose() => _channel.Dispose();

    private const int ToleranceMs = 50;

    [Theory]
    [InlineData(100)]
    [InlineData(300)]
    [InlineData(1_000)]
    public async Task AllocateBudget_HardProblem_AnswersWithin50MsOfTheDeadline(int deadlineMs)
    {
        var request = HardProblems.SCurves(channels: 400);
        await Client.AllocateBudgetAsync(Requests.Allocate(1_000, Requests.Exponential("warm", 1_000, 100)));

        var clock = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddMilliseconds(deadlineMs);
        AllocateBudgetResponse? response = null;
        try
        {
            response = await Client.AllocateBudgetAsync(request, deadline: deadline);
        }
        catch (RpcException e)
        {
            Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        }

        clock.Stop();
        Assert.True(clock.ElapsedMilliseconds <= deadlineMs + ToleranceMs, $"answered after {clock.ElapsedMilliseconds} ms for a {deadlineMs} ms deadline");
        if (response is not null)
        {
            Assert.Contains(response.Status, new[] { SolveStatus.Feasible, SolveStatus.Optimal });
            Assert.Equal(250_000, response.Totals.Spend, 250_000 * 1e-9);
            Assert.True(response.Certificate.BestBound >= response.Certificate.Objective);
            Assert.True(response.Certificate.RelativeGap >= 0);
            Assert.Empty(Finiteness.NonFinite(response));
        }
    }

    [Theory]
    [InlineData(150)]
    [InlineData(400)]
    public async Task AllocateBudget_ThousandsOfCoupledChannels_AnswersWithin50MsOfTheDeadline(int deadlineMs)
    {
        var request = HardProblems.LargeCoupled();
        await Client.AllocateBudgetAsync(Requests.Allocate(1_000, Requests.Exponential("warm", 1_000, 100)));

        var clock = Stopwatch.StartNew();
        AllocateBudgetResponse? response = null;
        try
        {
            response = await Client.AllocateBudgetAsync(request, deadline: DateTime.UtcNow.AddMilliseconds(deadlineMs));
        }
        catch (RpcException e)
        {
            Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        }

        clock.Stop();
        Assert.True(clock.ElapsedMilliseconds <= deadlineMs + ToleranceMs, $"answered after {clock.ElapsedMilliseconds} ms for a {deadlineMs} ms deadline");
        if (response is not null)
        {
            Assert.Equal(request.Budget.Total, response.Totals.Spend, request.Budget.Total * 1e-9);
            Assert.True(response.Certificate.BestBound >= response.Certificate.Objective);
            Assert.Empty(Finiteness.NonFinite(response));
        }
    }

    [Fact]
    public async Task FitMarketingMix_LongBootstrap_StopsWithDeadlineExceededNearTheDeadline()
    {
        // 100,000 bootstrap draws cannot finish in a second: the fit must stop and say why, not answer INTERNAL.
        var request = Optimizer.Service.Tests.Fitting.MixRequests.Robyn();
        request.Options = new MixOptions { BootstrapDrawCount = 100_000 };
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<RpcException>(() => FittingClient.FitMarketingMixAsync(request, deadline: DateTime.UtcNow.AddSeconds(1)).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        Assert.True(clock.ElapsedMilliseconds <= 1_000 + 500, $"answered after {clock.ElapsedMilliseconds} ms for a 1,000 ms deadline");
    }
}
