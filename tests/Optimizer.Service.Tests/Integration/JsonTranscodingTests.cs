using System.Net;
using System.Text;
using System.Text.Json;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Integration;

/// <summary>The HTTP/JSON routes of the google.api.http annotations.</summary>
public sealed class JsonTranscodingTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string TwoChannels = """
        {
          "budget": { "total": 40000 },
          "currencyCode": "EUR",
          "channels": [
            { "name": "a", "curve": { "exponential": { "maxResponse": 100000, "scale": 20000 } } },
            { "name": "b", "curve": { "exponential": { "maxResponse": 100000, "scale": 20000 } } }
          ]
        }
        """;

    [Fact]
    public async Task PostAllocate_Json_ReturnsTheOptimalSplitAsJson()
    {
        using var http = service.Factory.CreateClient();

        using var response = await http.PostAsync("/v1/allocations:allocate", new StringContent(TwoChannels, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SOLVE_STATUS_OPTIMAL", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(20_000, json.RootElement.GetProperty("channels")[0].GetProperty("spend").GetDouble(), 1e-6);
        Assert.Equal("EUR", json.RootElement.GetProperty("currencyCode").GetString());
    }

    [Fact]
    public async Task PostAllocate_InvalidJsonRequest_Returns400WithBadRequestDetails()
    {
        using var http = service.Factory.CreateClient();

        using var response = await http.PostAsync("/v1/allocations:allocate", new StringContent("{}", Encoding.UTF8, "application/json"));
        string body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, json.RootElement.GetProperty("code").GetInt32());
        Assert.Contains("google.rpc.BadRequest", body);
        Assert.Contains("\"budget\"", body);
    }

    [Fact]
    public async Task PostAllocate_UnknownCurveFamily_Returns400NamingTheCurve()
    {
        using var http = service.Factory.CreateClient();
        const string request = """
            { "budget": { "total": 10 }, "channels": [ { "name": "a", "curve": { "sigmoid": { "maxResponse": 1 } } } ] }
            """;

        using var response = await http.PostAsync("/v1/allocations:allocate", new StringContent(request, Encoding.UTF8, "application/json"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"channels[0].curve\"", body);
    }

    [Fact]
    public async Task PostEvaluate_Json_ReturnsTotals()
    {
        using var http = service.Factory.CreateClient();
        const string request = """
            { "channels": [ { "name": "a", "currentSpend": 20000, "curve": { "exponential": { "maxResponse": 100000, "scale": 20000 } } } ] }
            """;

        using var response = await http.PostAsync("/v1/allocations:evaluate", new StringContent(request, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100_000 * (1 - Math.Exp(-1)), json.RootElement.GetProperty("totals").GetProperty("response").GetDouble(), 1e-6);
    }
}
