using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Fitting;

/// <summary>CurveFittingService/FitResponseCurves: point fits recover known parameters; bad observations are named.</summary>
public sealed class FitResponseCurvesTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    // Truth: f(x) = 50,000 / (1 + (20,000 / x)^1.5), spends 1,000..80,000 per period.
    private const double MaxResponse = 50_000, HalfSaturation = 20_000, Slope = 1.5;

    private CurveFittingService.CurveFittingServiceClient Client => new(service.Channel);

    private static ChannelObservations NoiselessHill(string name)
    {
        var channel = new ChannelObservations { Name = name };
        for (int i = 1; i <= 40; i++)
        {
            double x = 2_000.0 * i;
            channel.Observations.Add(new SpendObservation { Spend = x, Outcome = MaxResponse / (1 + Math.Pow(HalfSaturation / x, Slope)) });
        }

        return channel;
    }

    [Fact]
    public async Task FitResponseCurves_NoiselessHill_RecoversItsParameters()
    {
        // Arrange
        var request = new FitResponseCurvesRequest { Channels = { NoiselessHill("tv") }, Families = { CurveFamily.Hill } };

        // Act
        var response = await Client.FitResponseCurvesAsync(request);

        // Assert
        var fit = Assert.Single(response.Channels);
        Assert.Equal("tv", fit.Name);
        Assert.Equal(CurveFamily.Hill, fit.Family);
        Assert.Equal(MaxResponse, fit.Curve.Hill.MaxResponse, MaxResponse * 1e-6);
        Assert.Equal(HalfSaturation, fit.Curve.Hill.HalfSaturation, HalfSaturation * 1e-6);
        Assert.Equal(Slope, fit.Curve.Hill.Slope, 1e-6);
        Assert.Equal(["max_response", "half_saturation", "slope"], fit.Parameters.Select(p => p.Name));
        Assert.True(fit.Quality.RSquared > 0.999999);
        Assert.Equal(40, fit.Quality.ObservationCount);
        Assert.False(fit.NearLinear);
        Assert.Empty(Finiteness.NonFinite(response));
    }

    [Fact]
    public async Task FitResponseCurves_NoFamilies_FitsEveryFamilyAndKeepsTheOthersAsCandidates()
    {
        var request = new FitResponseCurvesRequest { Channels = { NoiselessHill("tv"), NoiselessHill("search") }, Criterion = SelectionCriterion.Bic };

        var response = await Client.FitResponseCurvesAsync(request);

        Assert.Equal(["tv", "search"], response.Channels.Select(c => c.Name));
        Assert.All(response.Channels, c =>
        {
            Assert.Equal(6, c.Candidates.Count);
            Assert.DoesNotContain(c.Family, c.Candidates.Select(k => k.Family));
            Assert.All(c.Candidates, k => Assert.True(k.Quality.Bic >= c.Quality.Bic - 2, "candidates are no better than the choice"));
            Assert.True(c.Quality.RSquared > 0.9999);
        });
        Assert.Empty(Finiteness.NonFinite(response));
    }

    [Fact]
    public async Task FitResponseCurves_NaNOutcomeAndNegativeSpend_AreInvalidArgumentNamingObservationAndChannel()
    {
        var bad = NoiselessHill("search");
        bad.Observations[3].Outcome = double.NaN;
        bad.Observations[7].Spend = -5;
        var request = new FitResponseCurvesRequest { Channels = { NoiselessHill("tv"), bad }, Families = { CurveFamily.Hill } };

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.FitResponseCurvesAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(["channels[1].observations[7].spend", "channels[1].observations[3].outcome"], ErrorDetails.ViolatedFields(e));
        Assert.Equal("INVALID_FITTING_INPUT", ErrorDetails.Info(e).Reason);
        Assert.Contains("channel 'search', observation 3", e.Status.Detail);
    }

    [Fact]
    public async Task FitResponseCurves_UnspecifiedFamily_IsInvalidArgument()
    {
        var request = new FitResponseCurvesRequest { Channels = { NoiselessHill("tv") }, Families = { CurveFamily.Unspecified } };

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.FitResponseCurvesAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(["families[0]"], ErrorDetails.ViolatedFields(e));
    }
}
