using Grpc.Core;
using Optimizer.Contracts.V1;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Fitting;

/// <summary>
/// FitMarketingMix's bad input: INVALID_ARGUMENT with BadRequest field violations that name the row and column as
/// request paths (rows[12].spends[1]) or the channel (channel_names[1]), and an ErrorInfo whose reason is the rule.
/// The base request: 60 weeks of Robyn's data, channels tv_S and search_S.
/// </summary>
public sealed class FitMarketingMixErrorTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private CurveFittingService.CurveFittingServiceClient Client => new(service.Channel);

    public static TheoryData<string, string, string> BadRequests() => new()
    {
        { "nan_spend", "rows[12].spends[1]", "NOT_FINITE" },
        { "nan_outcome", "rows[4].outcome", "NOT_FINITE" },
        { "negative_spend", "rows[5].spends[0]", "NEGATIVE_SPEND" },
        { "zero_spend_channel", "channel_names[1]", "ZERO_SPEND_CHANNEL" },
        { "missing_week", "rows[20].date", "MISSING_DATE" },
        { "invalid_date", "rows[3].date", "INVALID_REQUEST" },
        { "empty_date", "rows[7].date", "INVALID_REQUEST" },
        { "short_spends_row", "rows[2].spends", "INVALID_REQUEST" },
        { "unknown_adstock", "options.adstock", "INVALID_REQUEST" },
        { "duplicate_channel", "channel_names[1]", "INVALID_REQUEST" },
        { "max_lag_out_of_range", "options.max_lag", "OPTION" },
        { "too_few_rows", "rows", "TOO_FEW_ROWS" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task FitMarketingMix_BadInput_IsInvalidArgumentNamingRowAndColumn(string scenario, string field, string reason)
    {
        // Arrange
        var request = Break(MixRequests.Small(), scenario);

        // Act
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.FitMarketingMixAsync(request).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal([field], ErrorDetails.ViolatedFields(e));
        Assert.Equal(reason, ErrorDetails.Info(e).Reason);
        Assert.Equal("optimizer.v1", ErrorDetails.Info(e).Domain);
    }

    [Fact]
    public async Task FitMarketingMix_NaNSpend_DescriptionNamesChannelRowAndDate()
    {
        var request = Break(MixRequests.Small(), "nan_spend");

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.FitMarketingMixAsync(request).ResponseAsync);

        Assert.Contains($"channel 'search_S', row 12 ({request.Rows[12].Date})", e.Status.Detail);
    }

    [Fact]
    public async Task FitMarketingMix_ZeroSpendChannel_NamesTheChannelOrIsDroppedOnRequest()
    {
        var request = Break(MixRequests.Small(), "zero_spend_channel");

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.FitMarketingMixAsync(request).ResponseAsync);
        request.Options = new MixOptions { DropZeroSpendChannels = true };
        var response = await Client.FitMarketingMixAsync(request);

        Assert.Contains("search_S", e.Status.Detail);
        Assert.Equal(["search_S"], response.DroppedChannelNames);
        Assert.Equal(["tv_S"], response.Channels.Select(c => c.Name));
    }

    [Fact]
    public async Task FitMarketingMix_SeveralBadCells_AreReportedTogether()
    {
        var request = Break(Break(MixRequests.Small(), "nan_spend"), "negative_spend");

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.FitMarketingMixAsync(request).ResponseAsync);

        Assert.Equal(["rows[12].spends[1]", "rows[5].spends[0]"], ErrorDetails.ViolatedFields(e).Order(StringComparer.Ordinal));
        Assert.Equal("INVALID_FITTING_INPUT", ErrorDetails.Info(e).Reason);
    }

    private static FitMarketingMixRequest Break(FitMarketingMixRequest request, string scenario)
    {
        switch (scenario)
        {
            case "nan_spend": request.Rows[12].Spends[1] = double.NaN; break;
            case "nan_outcome": request.Rows[4].Outcome = double.NaN; break;
            case "negative_spend": request.Rows[5].Spends[0] = -100; break;
            case "zero_spend_channel":
                foreach (var row in request.Rows)
                {
                    row.Spends[1] = 0;
                }

                break;
            case "missing_week": request.Rows.RemoveAt(20); break;
            case "invalid_date": request.Rows[3].Date = "2016-02-30"; break;
            case "empty_date": request.Rows[7].Date = ""; break;
            case "short_spends_row": request.Rows[2].Spends.RemoveAt(1); break;
            case "unknown_adstock": request.Options = new MixOptions { Adstock = (AdstockKind)7 }; break;
            case "duplicate_channel": request.ChannelNames[1] = request.ChannelNames[0]; break;
            case "max_lag_out_of_range": request.Options = new MixOptions { MaxLag = 0 }; break;
            case "too_few_rows":
                while (request.Rows.Count > 12)
                {
                    request.Rows.RemoveAt(request.Rows.Count - 1);
                }

                break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "unknown scenario");
        }

        return request;
    }
}
