using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Fitting;

/// <summary>The curve-fitting routes of the google.api.http annotations (reflection of the fitting service: HealthAndReflectionTests).</summary>
public sealed class FittingTranscodingTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string PointFit = """
        {
          "channels": [ { "name": "tv", "observations": [
            { "spend": 1000, "outcome": 3333.333333333333 }, { "spend": 2000, "outcome": 5000 },
            { "spend": 4000, "outcome": 6666.666666666667 }, { "spend": 6000, "outcome": 7500 },
            { "spend": 8000, "outcome": 8000 }, { "spend": 12000, "outcome": 8571.428571428572 } ] } ],
          "families": [ "CURVE_FAMILY_MICHAELIS_MENTEN" ]
        }
        """;

    [Fact]
    public async Task PostCurvesFit_Json_ReturnsTheFittedCurveAsJson()
    {
        // Truth: f(x) = 10,000 x / (2,000 + x).
        using var http = service.Factory.CreateClient();

        using var response = await http.PostAsync("/v1/curves:fit", new StringContent(PointFit, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var curve = json.RootElement.GetProperty("channels")[0].GetProperty("curve").GetProperty("michaelisMenten");
        Assert.Equal(10_000, curve.GetProperty("maxResponse").GetDouble(), 1e-3);
        Assert.Equal(2_000, curve.GetProperty("halfSaturation").GetDouble(), 1e-3);
    }

    [Fact]
    public async Task PostMarketingMixFit_ExampleFile_ReturnsChannelsAsJson()
    {
        using var http = service.Factory.CreateClient();
        string body = await File.ReadAllTextAsync(RepositoryPaths.Combine("examples", "fit_marketing_mix.json"));

        using var response = await http.PostAsync("/v1/marketing-mix:fit", new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, json.RootElement.GetProperty("channels").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("holdout").GetProperty("nrmse").GetDouble() > 0);
    }

    [Fact]
    public async Task PostMarketingMixFit_NaNSpend_Returns400NamingRowAndColumn()
    {
        using var http = service.Factory.CreateClient();
        var request = new JsonParser(JsonParser.Settings.Default)
            .Parse<FitMarketingMixRequest>(await File.ReadAllTextAsync(RepositoryPaths.Combine("examples", "fit_marketing_mix.json")));
        request.Rows[10].Spends[2] = double.NaN;
        string broken = JsonFormatter.Default.Format(request);

        using var response = await http.PostAsync("/v1/marketing-mix:fit", new StringContent(broken, Encoding.UTF8, "application/json"));
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("google.rpc.BadRequest", text);
        Assert.Contains("rows[10].spends[2]", text);
    }
}
