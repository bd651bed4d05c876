using Optimizer.Fitting.Csv;
using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Fitting.Tests.Csv;

/// <summary>Wide CSV input: parsing the published files and naming the row and column of every bad cell.</summary>
public class WideCsvReaderTests
{
    private static readonly WideCsvColumns Columns = new("date", "sales", ["tv", "search"], ["price"]);

    [Fact]
    public void Read_RobynSimulatedWeekly_ReadsQuotedHeaderAndAllRows()
    {
        var data = WideCsvReader.Read(
            TestDataFiles.Path("dt_simulated_weekly.csv"),
            new WideCsvColumns("DATE", "revenue", ["tv_S", "ooh_S", "print_S", "facebook_S", "search_S"], ["competitor_sales_B"]));

        Assert.Equal(208, data.PeriodCount);
        Assert.Equal(new DateOnly(2015, 11, 23), data.Dates[0]);
        Assert.Equal(116, data.Channels[0].Values.Count(v => v == 0));
    }

    [Fact]
    public void Read_BadCells_NamesRowAndColumnOfEach()
    {
        const string csv = "date,tv,search,price,sales\n2024-01-01,1,2,3,4\n,1,2,3,4\n2024-01-15,x,2,3,4\n2024-01-22,1,2,NaN,4\n";

        var error = Assert.Throws<FittingInputException>(() => WideCsvReader.Read(new StringReader(csv), Columns));

        Assert.Contains(error.Violations, v => v.Field == "date" && v.Row == 1 && v.Rule == InputRules.MissingDate);
        Assert.Contains(error.Violations, v => v.Field == "tv" && v.Row == 2 && v.Rule == InputRules.NotFinite);
    }

    [Fact]
    public void Read_NanNegativeSpendAndGap_NamesRowAndColumn()
    {
        const string csv = "date,tv,search,price,sales\n2024-01-01,1,2,3,4\n2024-01-08,-1,2,3,4\n2024-01-22,1,2,NaN,4\n";

        var error = Assert.Throws<FittingInputException>(() => WideCsvReader.Read(new StringReader(csv), Columns));

        Assert.Contains(error.Violations, v => v.Field == "tv" && v.Row == 1 && v.Rule == InputRules.NegativeSpend);
        Assert.Contains(error.Violations, v => v.Field == "price" && v.Row == 2 && v.Rule == InputRules.NotFinite);
        Assert.Contains(error.Violations, v => v.Field == "date" && v.Row == 2 && v.Rule == InputRules.MissingDate);
    }

    [Fact]
    public void Read_MissingColumn_NamesIt()
    {
        var error = Assert.Throws<FittingInputException>(() => WideCsvReader.Read(new StringReader("date,tv,sales\n2024-01-01,1,2\n"), Columns));

        Assert.Contains(error.Violations, v => v.Field == "search" && v.Rule == InputRules.Shape);
        Assert.Contains(error.Violations, v => v.Field == "price" && v.Rule == InputRules.Shape);
    }
}
