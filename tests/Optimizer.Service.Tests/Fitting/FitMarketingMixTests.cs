using Google.Protobuf;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Fitting;

/// <summary>CurveFittingService/FitMarketingMix on public datasets with published truth, and the example request.</summary>
public sealed class FitMarketingMixTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private CurveFittingService.CurveFittingServiceClient Client => new(service.Channel);

    [Fact]
    public async Task FitMarketingMix_PymcRoasDataWithConfounder_RecoversPublishedRoasWithin10Percent()
    {
        // Arrange: the generator's structure (geometric l_max 4, logistic saturation, concave trend, yearly
        // seasonality), z as a control; truth from PyMC-Marketing's mmm_roas notebook.
        var request = MixRequests.PymcRoas();
        request.Options = PymcRoasModel();
        request.Options.BootstrapDrawCount = 40;

        // Act
        var response = await Client.FitMarketingMixAsync(request);

        // Assert
        Assert.Equal(["x1", "x2"], response.Channels.Select(c => c.Name));
        Assert.InRange(response.Channels[0].Roas / 93.39, 0.9, 1.1);
        Assert.InRange(response.Channels[1].Roas / 171.41, 0.9, 1.1);
        Assert.All(response.Channels, c =>
        {
            Assert.Equal(ResponseCurve.FamilyOneofCase.Logistic, c.Curve.FamilyCase);
            Assert.Equal(0, c.Curve.Logistic.Midpoint);
            Assert.Equal(40, c.Curve.Draws.Count);
            Assert.NotNull(c.RoasInterval90);
            Assert.True(c.RoasInterval90.Lower <= c.RoasInterval90.Upper);
        });
        Assert.Equal(40, response.BootstrapDrawCount);
        Assert.Equal(request.Rows.Count, response.Decomposition.Count);
        Assert.True(response.Holdout.Nrmse < 0.10);
        Assert.Empty(Finiteness.NonFinite(response));
    }

    [Fact]
    public async Task FitMarketingMix_ProfileLikelihoodIntervals_ContainThePublishedRoasWithoutDraws()
    {
        // Same data and model as above, intervals by profile likelihood instead of bootstrap draws.
        var request = MixRequests.PymcRoas();
        request.Options = PymcRoasModel();
        request.Options.RoasIntervalMethod = RoasIntervalMethod.ProfileLikelihood;

        var response = await Client.FitMarketingMixAsync(request);

        Assert.Equal(0, response.BootstrapDrawCount);
        double[] truth = [93.39, 171.41];
        for (int c = 0; c < 2; c++)
        {
            var fit = response.Channels[c];
            Assert.Empty(fit.Curve.Draws);
            Assert.NotNull(fit.RoasInterval90);
            Assert.InRange(truth[c], fit.RoasInterval95.Lower, fit.RoasInterval95.Upper);
            Assert.InRange(fit.Roas, fit.RoasInterval90.Lower, fit.RoasInterval90.Upper);
            Assert.True(fit.RoasInterval95.Lower <= fit.RoasInterval90.Lower && fit.RoasInterval90.Upper <= fit.RoasInterval95.Upper);
        }
    }

    [Fact]
    public async Task FitMarketingMix_DecompositionParts_SumToTheFittedOutcome()
    {
        var response = await Client.FitMarketingMixAsync(MixRequests.Robyn());

        Assert.All(response.Decomposition, p =>
        {
            double parts = p.Intercept + p.Trend + p.Seasonality + p.Controls + p.ChannelContributions.Sum();
            Assert.Equal(p.Fitted, parts, Math.Abs(p.Fitted) * 1e-9);
        });
        Assert.Equal("2015-11-23", response.Decomposition[0].Date);
        Assert.True(response.Decomposition[^1].Holdout);
        Assert.Empty(Finiteness.NonFinite(response));
    }

    [Fact]
    public async Task FitMarketingMix_ExampleFile_FitsEveryChannel()
    {
        var request = new JsonParser(JsonParser.Settings.Default)
            .Parse<FitMarketingMixRequest>(File.ReadAllText(RepositoryPaths.Combine("examples", "fit_marketing_mix.json")));

        var response = await Client.FitMarketingMixAsync(request);

        Assert.Equal(request.ChannelNames, response.Channels.Select(c => c.Name));
        Assert.All(response.Channels, c => Assert.Contains(c.Curve.FamilyCase, new[] { ResponseCurve.FamilyOneofCase.Hill, ResponseCurve.FamilyOneofCase.PiecewiseLinear }));
        Assert.NotNull(response.Holdout);
        Assert.Empty(Finiteness.NonFinite(response));
    }

    /// <summary>The mmm_roas generator's structure: logistic saturation, geometric l_max 4, concave trend, yearly seasonality.</summary>
    private static MixOptions PymcRoasModel() => new()
    {
        Saturation = SaturationKind.Logistic,
        MaxLag = 4,
        TrendDegree = 2,
        FourierOrder = 2,
    };
}
