using System.Globalization;
using System.Net;
using System.Text;
using Optimizer.Cli.Io;
using Optimizer.Contracts.Mapping;
using Optimizer.Contracts.Mapping.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Report;

/// <summary>
/// Writes report.html: one self-contained file (inline CSS and SVG charts, no scripts, no network) with a
/// ten-second summary, per-channel response curves, the spend shift, the channel table, the budget frontier
/// and, when the curves were fitted, the fit over time and each channel's contribution.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:24px auto;max-width:1180px;color:#222;background:#fff}
        h1{font-size:26px;margin:0 0 4px} h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #eee;padding-bottom:4px}
        .sub{color:#666;margin:0 0 16px} .headline{font-size:18px;background:#f3f8fc;border-left:5px solid #1f77b4;padding:12px 16px;margin:12px 0}
        .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px} .card{border:1px solid #ddd;border-radius:8px;padding:12px 14px}
        .card .k{color:#666;font-size:13px;text-transform:uppercase;letter-spacing:.04em} .card .v{font-size:26px;font-weight:bold;margin:4px 0}
        .card .d{font-size:14px;color:#444} .up{color:#2ca02c} .down{color:#d62728}
        .grid{display:grid;grid-template-columns:1fr 1fr;gap:8px} .chart svg{width:100%;height:auto}
        table{border-collapse:collapse;width:100%;font-size:14px} th,td{padding:6px 8px;border-bottom:1px solid #eee;text-align:right}
        th:first-child,td:first-child{text-align:left} th{background:#fafafa} tr.total td{font-weight:bold;border-top:2px solid #ccc}
        .note{color:#666;font-size:13px}
        """;

    /// <summary>Writes the report to <paramref name="path"/>.</summary>
    public static void Write(ReportData data, string path) => File.WriteAllText(path, Render(data), Encoding.UTF8);

    /// <summary>The report's HTML.</summary>
    public static string Render(ReportData data)
    {
        var plan = data.Plan;
        var totals = plan.Totals;
        var specs = Specs(data.Scenario);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(data.Title)).Append("</title><style>")
            .Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(data.Title)).Append("</h1><p class=\"sub\">Generated ")
            .Append(data.Generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Append(Currency(data.Scenario)).Append(". Amounts are per planning period.</p>");

        Summary(html, plan, data.Scenario);

        html.Append("<h2>Spend shift</h2><div class=\"chart\">").Append(Charts.SpendShift(plan.Channels)).Append("</div>");
        ChannelTable(html, plan, specs);

        html.Append("<h2>Response curves</h2><p class=\"note\">Each curve is the channel's response per period at a sustained spend. Grey dot: today; blue diamond: the plan; the shaded band is the allowed spend. mROAS is the value of one more unit of spend.</p><div class=\"grid\">");
        for (int i = 0; i < plan.Channels.Count; i++)
        {
            var spec = specs[i];
            html.Append("<div class=\"chart\">")
                .Append(Charts.ResponseCurve(plan.Channels[i], spec.Curve, spec.ValuePerResponse, spec.Lower, spec.Upper)).Append("</div>");
        }

        html.Append("</div>");
        if (data.Frontier.Count > 0)
        {
            html.Append("<h2>Budget frontier</h2><p class=\"note\">The best total response at each budget, every point re-optimized under the same bounds. The orange diamond is the chosen plan; the grey dot today's split.</p><div class=\"chart\">")
                .Append(Charts.Frontier(data.Frontier, plan)).Append("</div>");
        }

        if (data.Fit is { } fit)
        {
            FitSection(html, fit);
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, V1.AllocateBudgetResponse plan, V1.AllocateBudgetRequest scenario)
    {
        var t = plan.Totals;
        double gain = t.Value - t.CurrentValue;
        double gainShare = t.CurrentValue != 0 ? gain / t.CurrentValue : 0;
        double roasNow = t.CurrentSpend > 0 ? t.CurrentValue / t.CurrentSpend : 0;
        double roasPlan = t.HasRoas ? t.Roas : 0;
        double moved = plan.Channels.Where(c => c.SpendChange > 0).Sum(c => c.SpendChange);
        var to = plan.Channels.Where(c => c.SpendChange > 0.005 * Math.Max(1, t.Spend)).OrderByDescending(c => c.SpendChange).Select(c => c.Name).ToArray();
        var from = plan.Channels.Where(c => c.SpendChange < -0.005 * Math.Max(1, t.Spend)).OrderBy(c => c.SpendChange).Select(c => c.Name).ToArray();
        string unit = string.IsNullOrEmpty(scenario.ResponseUnit) ? "response" : scenario.ResponseUnit;
        string budgetPhrase = Math.Abs(t.Spend - t.CurrentSpend) <= 1e-6 * Math.Max(1, t.Spend) ? "for the same budget" : $"with a budget of {Numbers.Amount(t.Spend)} (today {Numbers.Amount(t.CurrentSpend)})";
        string headline = from.Length > 0 && to.Length > 0
            ? $"Move {Numbers.Amount(moved)} per period from {string.Join(", ", from)} to {string.Join(", ", to)}: {E(unit)} {Numbers.Signed(gain)} ({Numbers.Percent(gainShare, signed: true)}) {budgetPhrase}."
            : $"Today's split is already the best one: {E(unit)} {Numbers.Signed(gain)} ({Numbers.Percent(gainShare, signed: true)}) {budgetPhrase}.";
        html.Append("<div class=\"headline\">").Append(headline).Append("</div><div class=\"cards\">");
        Card(html, "Total value", Numbers.Amount(t.Value), $"today {Numbers.Amount(t.CurrentValue)}");
        Card(html, "Gain", $"<span class=\"{(gain >= 0 ? "up" : "down")}\">{Numbers.Signed(gain)}</span>", Numbers.Percent(gainShare, signed: true) + " vs today");
        Card(html, "ROAS", Numbers.Ratio(roasPlan), $"today {Numbers.Ratio(roasNow)}");
        Card(html, "Optimality gap", Numbers.Percent(plan.Certificate?.RelativeGap ?? 0), $"{ResultWriter.Status(plan.Status)}: proven within this of the best split");
        html.Append("</div>");
    }

    private static void Card(StringBuilder html, string key, string value, string detail) =>
        html.Append("<div class=\"card\"><div class=\"k\">").Append(E(key)).Append("</div><div class=\"v\">").Append(value)
            .Append("</div><div class=\"d\">").Append(E(detail)).Append("</div></div>");

    private static void ChannelTable(StringBuilder html, V1.AllocateBudgetResponse plan, IReadOnlyList<Allocation.Model.ChannelSpec> specs)
    {
        html.Append("<h2>Channels</h2><table><tr><th>channel</th><th>spend today</th><th>planned spend</th><th>change</th><th>response today</th><th>planned response</th><th>ROAS today</th><th>planned ROAS</th><th>mROAS today</th><th>planned mROAS</th><th>bound hit</th></tr>");
        for (int i = 0; i < plan.Channels.Count; i++)
        {
            var c = plan.Channels[i];
            var spec = specs[i];
            double? roasNow = c.CurrentSpend > 0 ? spec.ValuePerResponse * c.CurrentResponse / c.CurrentSpend : null;
            double mNow = spec.ValuePerResponse * spec.Curve.Marginal(c.CurrentSpend);
            string change = c.CurrentSpend > 0 ? $"{Numbers.Signed(c.SpendChange)} ({Numbers.Percent(c.SpendChange / c.CurrentSpend, signed: true)})" : Numbers.Signed(c.SpendChange);
            html.Append("<tr><td>").Append(E(c.Name)).Append("</td><td>").Append(Numbers.Amount(c.CurrentSpend)).Append("</td><td>").Append(Numbers.Amount(c.Spend))
                .Append("</td><td class=\"").Append(c.SpendChange >= 0 ? "up" : "down").Append("\">").Append(change)
                .Append("</td><td>").Append(Numbers.Amount(c.CurrentResponse)).Append("</td><td>").Append(Numbers.Amount(c.Response))
                .Append("</td><td>").Append(Numbers.Ratio(roasNow)).Append("</td><td>").Append(Numbers.Ratio(c.HasRoas ? c.Roas : null))
                .Append("</td><td>").Append(Numbers.Ratio(double.IsFinite(mNow) ? mNow : null)).Append("</td><td>").Append(Numbers.Ratio(c.HasMarginalRoas ? c.MarginalRoas : null))
                .Append("</td><td>").Append(BoundText(c.ActiveBound)).Append("</td></tr>");
        }

        var t = plan.Totals;
        html.Append("<tr class=\"total\"><td>total</td><td>").Append(Numbers.Amount(t.CurrentSpend)).Append("</td><td>").Append(Numbers.Amount(t.Spend))
            .Append("</td><td>").Append(Numbers.Signed(t.Spend - t.CurrentSpend)).Append("</td><td>").Append(Numbers.Amount(t.CurrentResponse))
            .Append("</td><td>").Append(Numbers.Amount(t.Response)).Append("</td><td>").Append(Numbers.Ratio(t.CurrentSpend > 0 ? t.CurrentValue / t.CurrentSpend : null))
            .Append("</td><td>").Append(Numbers.Ratio(t.HasRoas ? t.Roas : null)).Append("</td><td></td><td>").Append(Numbers.Ratio(plan.BudgetShadowPrice))
            .Append("</td><td></td></tr></table><p class=\"note\">Planned mROAS of the total is the budget's shadow price: the value of one more unit of budget. Channels between their bounds end at that same mROAS.</p>");
    }

    private static void FitSection(StringBuilder html, Jobs.MixFit fit)
    {
        var r = fit.Result;
        html.Append("<h2>Fitted model</h2><p class=\"note\">").Append(E(Path.GetFileName(fit.DataPath))).Append(": ")
            .Append(fit.Data.PeriodCount.ToString(CultureInfo.InvariantCulture)).Append(" periods, ")
            .Append(fit.Data.Dates[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" to ")
            .Append(fit.Data.Dates[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(string.Create(CultureInfo.InvariantCulture, $". In-sample R² {r.InSample.RSquared:0.000}, MAPE {r.InSample.Mape * 100:0.0}%"))
            .Append(r.Holdout is { } h ? string.Create(CultureInfo.InvariantCulture, $"; holdout ({r.HoldoutPeriods} last periods) R² {h.RSquared:0.000}, MAPE {h.Mape * 100:0.0}%") : "")
            .Append(".</p>");
        html.Append("<div class=\"chart\">").Append(Charts.ActualVersusFitted(r.Decomposition, fit.Data.OutcomeName)).Append("</div>");
        html.Append("<div class=\"chart\">").Append(Charts.Contributions(r.Decomposition, r.Channels.Select(c => c.Name).ToArray())).Append("</div>");
        html.Append("<table><tr><th>channel</th><th>total spend</th><th>contribution</th><th>share of outcome</th><th>ROAS</th><th>ROAS 90% interval</th><th>mROAS at current spend</th><th style=\"text-align:left\">notes</th></tr>");
        foreach (var c in r.Channels)
        {
            html.Append("<tr><td>").Append(E(c.Name)).Append("</td><td>").Append(Numbers.Amount(c.TotalSpend)).Append("</td><td>").Append(Numbers.Amount(c.Contribution))
                .Append("</td><td>").Append(Numbers.Percent(c.ContributionShare)).Append("</td><td>").Append(Numbers.Ratio(c.Roas))
                .Append("</td><td>").Append(c.RoasInterval90 is { } i ? Numbers.Ratio(i.Lower) + "–" + Numbers.Ratio(i.Upper) : "-")
                .Append("</td><td>").Append(Numbers.Ratio(c.MarginalRoas)).Append("</td><td style=\"text-align:left\">").Append(E(string.Join(" ", c.Diagnostics))).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static IReadOnlyList<Allocation.Model.ChannelSpec> Specs(V1.AllocateBudgetRequest scenario)
    {
        var violations = new ViolationList();
        return violations.Checked(ChannelMapping.ToSpecs(scenario.Channels, ProblemMapping.DefaultValuePerResponse(scenario), "", violations));
    }

    private static string BoundText(V1.ActiveBound bound) => bound switch
    {
        V1.ActiveBound.Min => "minimum",
        V1.ActiveBound.Max => "maximum",
        V1.ActiveBound.Locked => "locked",
        V1.ActiveBound.Off => "off",
        _ => "",
    };

    private static string Currency(V1.AllocateBudgetRequest scenario) =>
        string.IsNullOrEmpty(scenario.CurrencyCode) ? "" : $"; spend in {E(scenario.CurrencyCode)}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
