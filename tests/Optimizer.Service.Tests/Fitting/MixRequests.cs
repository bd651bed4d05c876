using System.Globalization;
using Optimizer.Contracts.V1;
using Optimizer.Fitting.Csv;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests.Fitting;

/// <summary>
/// FitMarketingMix requests built from the public datasets copied into tests/Optimizer.Fitting.Tests/TestData
/// (provenance and licences in its README.md), read with the fitting library's CSV reader.
/// </summary>
internal static class MixRequests
{
    public static string DataFile(string name) => RepositoryPaths.Combine("tests", "Optimizer.Fitting.Tests", "TestData", name);

    /// <summary>The file's rows as a request (all rows, or the first <paramref name="rowCount"/>).</summary>
    public static FitMarketingMixRequest FromCsv(string file, string date, string outcome, string[] channels, string[] controls, int? rowCount = null)
    {
        var data = WideCsvReader.Read(DataFile(file), new WideCsvColumns(date, outcome, channels, controls));
        int n = Math.Min(rowCount ?? data.PeriodCount, data.PeriodCount);
        var request = new FitMarketingMixRequest { ChannelNames = { channels }, ControlNames = { controls }, OutcomeName = outcome };
        for (int t = 0; t < n; t++)
        {
            var row = new MixRow { Date = data.Dates[t].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Outcome = data.Outcome[t] };
            row.Spends.Add(data.Channels.Select(c => c.Values[t]));
            row.Controls.Add(data.Controls.Select(c => c.Values[t]));
            request.Rows.Add(row);
        }

        return request;
    }

    /// <summary>Robyn's dt_simulated_weekly.csv: revenue, five spend channels, competitor_sales_B as control (208 weeks).</summary>
    public static FitMarketingMixRequest Robyn(int? rowCount = null) =>
        FromCsv("dt_simulated_weekly.csv", "DATE", "revenue", ["tv_S", "ooh_S", "print_S", "facebook_S", "search_S"], ["competitor_sales_B"], rowCount);

    /// <summary>PyMC-Marketing's mmm_roas_data.csv with the confounder z as a control (true ROAS x1 93.39, x2 171.41).</summary>
    public static FitMarketingMixRequest PymcRoas() =>
        FromCsv("mmm_roas_data.csv", "date", "y", ["x1", "x2"], ["z"]);

    /// <summary>A small clean series: 60 weeks, two channels, no controls.</summary>
    public static FitMarketingMixRequest Small() => Robyn(60) is var r ? Without(r, ["ooh_S", "print_S", "facebook_S"]) : r;

    private static FitMarketingMixRequest Without(FitMarketingMixRequest request, string[] drop)
    {
        var keep = request.ChannelNames.Select((name, i) => (name, i)).Where(p => !drop.Contains(p.name)).Select(p => p.i).ToArray();
        var result = new FitMarketingMixRequest { ChannelNames = { keep.Select(i => request.ChannelNames[i]) }, OutcomeName = request.OutcomeName };
        foreach (var row in request.Rows)
        {
            var copy = new MixRow { Date = row.Date, Outcome = row.Outcome };
            copy.Spends.Add(keep.Select(i => row.Spends[i]));
            result.Rows.Add(copy);
        }

        return result;
    }
}
