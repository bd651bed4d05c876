using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Optimizer.Cli.Tests.TestSupport;
using SkiaSharp;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Tests;

/// <summary>
/// <c>optimizer run</c> end to end on examples/data/dt_simulated_weekly.csv with examples/job.yaml: every file is
/// written, the plan meets the job's constraints, and the report renders its charts in headless Chromium.
/// </summary>
public sealed class RunCommandTests(RunFixture fixture) : IClassFixture<RunFixture>
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);
    private static readonly string[] Channels = ["tv_S", "ooh_S", "print_S", "facebook_S", "search_S"];

    [Fact]
    public void Run_ExampleJob_WritesEveryFile()
    {
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.ToString());
        foreach (string file in new[] { "curves.json", "plan.csv", "plan.json", "report.html", "scenario.json" })
        {
            Assert.True(new FileInfo(Path.Combine(fixture.Out, file)).Length > 0, file);
        }

        using var summary = JsonDocument.Parse(fixture.Run.Out);
        Assert.Equal("optimal", summary.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void Run_ExampleJob_PlanMeetsTheConstraints()
    {
        var plan = Parser.Parse<V1.AllocateBudgetResponse>(File.ReadAllText(Path.Combine(fixture.Out, "plan.json")));
        var (budget, current) = LastFourWeeks();

        Assert.Equal(V1.SolveStatus.Optimal, plan.Status);
        Assert.Equal(budget, plan.Totals.Spend, budget * 1e-9);
        Assert.Equal(budget, plan.Channels.Sum(c => c.Spend), budget * 1e-9);
        Assert.Equal(Channels, plan.Channels.Select(c => c.Name));
        foreach (var c in plan.Channels)
        {
            Assert.Equal(current[c.Name], c.CurrentSpend, 1e-6);
            Assert.InRange(c.Spend, (0.5 * current[c.Name]) - 1e-6, (2 * current[c.Name]) + 1e-6);
        }

        Assert.True(plan.Totals.Value >= plan.Totals.CurrentValue, "the plan is at least as good as today's split");
        Assert.InRange(plan.Certificate.RelativeGap, 0, 1e-6);
        var csv = File.ReadAllLines(Path.Combine(fixture.Out, "plan.csv"));
        Assert.Equal(6, csv.Length);
        Assert.Equal(budget, csv.Skip(1).Sum(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)), budget * 1e-9);
    }

    [Fact]
    public void Run_ExampleJob_CurvesFeedTheScenario()
    {
        using var curves = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Out, "curves.json")));
        var scenario = Parser.Parse<V1.AllocateBudgetRequest>(File.ReadAllText(Path.Combine(fixture.Out, "scenario.json")));

        var fitted = curves.RootElement.GetProperty("channels").EnumerateArray().ToArray();
        Assert.Equal(Channels, fitted.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(208, curves.RootElement.GetProperty("decomposition").GetArrayLength());
        for (int i = 0; i < fitted.Length; i++)
        {
            var curve = Parser.Parse<V1.ResponseCurve>(fitted[i].GetProperty("curve").GetRawText());
            Assert.Equal(curve, scenario.Channels[i].Curve);
            Assert.Equal(0.5, scenario.Channels[i].MinSpendRatio);
            Assert.Equal(2.0, scenario.Channels[i].MaxSpendRatio);
        }
    }

    [Fact]
    public void Report_IsSelfContained()
    {
        string html = File.ReadAllText(Path.Combine(fixture.Out, "report.html"));

        Assert.Equal(5 + 4, CountOf(html, "<svg"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("Optimality gap", html, StringComparison.Ordinal);
        Assert.Contains("<th>ROAS 90% interval</th>", html, StringComparison.Ordinal);
        var tv = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Out, "curves.json")))!["channels"]![0]!["roas_interval_90"]!;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{tv["lower"]!.GetValue<double>():0.00}–{tv["upper"]!.GetValue<double>():0.00}"), html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Report_InHeadlessChromium_ShowsTheCharts()
    {
        string png = fixture.Scratch("report.png");

        await Chromium.ScreenshotAsync(Path.Combine(fixture.Out, "report.html"), png, fixture.Scratch("chromium-profile"));

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1400, bitmap.Width);
        Assert.Equal(3000, bitmap.Height);
        // Bands of 300 px: the page below the summary is charts, each drawn with anti-aliased lines and fills, so
        // every band down to the frontier holds many colours; a blank or text-only band holds few.
        var colourful = Enumerable.Range(0, 10).Count(b => DistinctColours(bitmap, b * 300, 300) > 150);
        Assert.True(colourful >= 7, $"{colourful} of 10 bands have many colours");
        // The spend-shift bars (grey, green, red) and the plan's blue markers are on the page.
        Assert.True(CountNear(bitmap, 0x7f7f7f) > 2000, "grey bars");
        Assert.True(CountNear(bitmap, 0x2ca02c) > 1000, "green bars");
        Assert.True(CountNear(bitmap, 0xd62728) > 500, "red bars");
        Assert.True(CountNear(bitmap, 0x1f77b4) > 300, "blue plan markers and frontier");
    }

    private static (double Budget, Dictionary<string, double> Current) LastFourWeeks()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        var current = new Dictionary<string, double>();
        foreach (string channel in Channels)
        {
            int column = header.IndexOf(channel);
            current[channel] = lines[^4..].Average(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture));
        }

        return (current.Values.Sum(), current);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int DistinctColours(SKBitmap bitmap, int top, int height)
    {
        var colours = new HashSet<uint>();
        for (int y = top; y < Math.Min(top + height, bitmap.Height); y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        return colours.Count;
    }

    private static int CountNear(SKBitmap bitmap, int rgb)
    {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff, count = 0;
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - r) <= 6 && Math.Abs(p.Green - g) <= 6 && Math.Abs(p.Blue - b) <= 6)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
