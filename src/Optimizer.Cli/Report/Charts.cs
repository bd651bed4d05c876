using Optimizer.Numerics.Curves;
using ScottPlot;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Report;

/// <summary>The report's charts, drawn with ScottPlot and returned as inline SVG markup.</summary>
internal static class Charts
{
    /// <summary>Colour of today's spend and response.</summary>
    public static readonly Color Current = Color.FromHex("#7f7f7f");

    /// <summary>Colour of the plan.</summary>
    public static readonly Color Planned = Color.FromHex("#1f77b4");

    private static readonly Color Up = Color.FromHex("#2ca02c");
    private static readonly Color Down = Color.FromHex("#d62728");
    private static readonly IPalette Palette = new ScottPlot.Palettes.Category10();

    /// <summary>One channel's response curve with today's and the planned spend marked, and the marginal ROAS at each.</summary>
    /// <param name="channel">The plan's channel.</param>
    /// <param name="curve">Its response curve.</param>
    /// <param name="valuePerResponse">Value of one outcome unit.</param>
    /// <param name="lower">Lower spend bound.</param>
    /// <param name="upper">Upper spend bound (+∞ for none).</param>
    public static string ResponseCurve(V1.ChannelAllocation channel, IResponseCurve curve, double valuePerResponse, double lower, double upper)
    {
        var plot = NewPlot();
        double reach = Math.Max(Math.Max(channel.CurrentSpend, channel.Spend) * 1.6, double.IsFinite(upper) ? upper * 1.15 : 0);
        if (!(reach > 0))
        {
            reach = Math.Max(curve.InflectionSpend * 3, 1);
        }

        const int samples = 200;
        var xs = new double[samples + 1];
        var ys = new double[samples + 1];
        for (int i = 0; i <= samples; i++)
        {
            xs[i] = reach * i / samples;
            ys[i] = curve.Value(xs[i]);
        }

        if (double.IsFinite(upper) && upper > lower)
        {
            var span = plot.Add.HorizontalSpan(lower, upper);
            span.FillStyle.Color = Planned.WithAlpha(0.08);
            span.LineStyle.Width = 0;
            span.LegendText = "allowed spend";
        }

        var line = plot.Add.ScatterLine(xs, ys);
        line.LineWidth = 2.5f;
        line.Color = Color.FromHex("#333333");
        line.LegendText = "response curve";

        double mNow = valuePerResponse * curve.Marginal(channel.CurrentSpend);
        double mPlan = channel.HasMarginalRoas ? channel.MarginalRoas : valuePerResponse * curve.Marginal(channel.Spend);
        AddPoint(plot, channel.CurrentSpend, channel.CurrentResponse, Current, MarkerShape.FilledCircle, $"now: mROAS {Io.Numbers.Ratio(Finite(mNow))}");
        AddPoint(plot, channel.Spend, channel.Response, Planned, MarkerShape.FilledDiamond, $"plan: mROAS {Io.Numbers.Ratio(Finite(mPlan))}");

        plot.Title(channel.Name, size: 16);
        plot.XLabel("spend per period");
        plot.YLabel("response per period");
        plot.Axes.SetLimits(0, reach, 0, Math.Max(ys.Max(), 1e-9) * 1.1);
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetSvgXml(560, 360);
    }

    /// <summary>Grouped bars of today's and the planned spend per channel.</summary>
    public static string SpendShift(IReadOnlyList<V1.ChannelAllocation> channels)
    {
        var plot = NewPlot();
        var bars = new List<Bar>();
        for (int i = 0; i < channels.Count; i++)
        {
            var c = channels[i];
            bars.Add(new Bar { Position = (i * 3) + 0, Value = c.CurrentSpend, FillColor = Current, LineWidth = 0 });
            bars.Add(new Bar { Position = (i * 3) + 1, Value = c.Spend, FillColor = c.SpendChange >= 0 ? Up : Down, LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(
            channels.Select((_, i) => (i * 3) + 0.5).ToArray(),
            channels.Select(c => $"{c.Name}\n{Io.Numbers.Signed(c.SpendChange)}").ToArray());
        var legend = plot.Legend;
        legend.ManualItems.Add(new LegendItem { LabelText = "today", FillColor = Current });
        legend.ManualItems.Add(new LegendItem { LabelText = "plan (more)", FillColor = Up });
        legend.ManualItems.Add(new LegendItem { LabelText = "plan (less)", FillColor = Down });
        plot.ShowLegend(Edge.Right); // outside the data area: it never covers a bar
        plot.Axes.Margins(bottom: 0);
        plot.Title("Spend per channel: today and planned", size: 16);
        plot.YLabel("spend per period");
        return plot.GetSvgXml(1100, 380);
    }

    /// <summary>The budget frontier (response against total budget) with today's and the chosen point.</summary>
    public static string Frontier(IReadOnlyList<V1.ComputeBudgetFrontierResponse> points, V1.AllocateBudgetResponse plan)
    {
        var plot = NewPlot();
        var solved = points.Where(p => p.Status != V1.SolveStatus.Infeasible && p.Totals is not null).ToArray();
        var line = plot.Add.Scatter(solved.Select(p => p.Budget).ToArray(), solved.Select(p => p.Totals.Response).ToArray());
        line.LineWidth = 2.5f;
        line.MarkerSize = 6;
        line.Color = Planned;
        line.LegendText = "best response at each budget";
        AddPoint(plot, plan.Totals.CurrentSpend, plan.Totals.CurrentResponse, Current, MarkerShape.FilledCircle, "today");
        AddPoint(plot, plan.Totals.Spend, plan.Totals.Response, Color.FromHex("#ff7f0e"), MarkerShape.FilledDiamond, "chosen plan");
        plot.Title("Budget frontier", size: 16);
        plot.XLabel("total budget per period");
        plot.YLabel("total response per period");
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetSvgXml(1100, 420);
    }

    /// <summary>Actual and fitted outcome per period, the holdout shaded.</summary>
    public static string ActualVersusFitted(IReadOnlyList<Fitting.MarketingMix.PeriodDecomposition> periods, string outcome)
    {
        var plot = NewPlot();
        double[] xs = periods.Select(p => p.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        int firstHoldout = periods.ToList().FindIndex(p => p.IsHoldout);
        if (firstHoldout >= 0)
        {
            var span = plot.Add.HorizontalSpan(xs[firstHoldout], xs[^1]);
            span.FillStyle.Color = Color.FromHex("#ff7f0e").WithAlpha(0.1);
            span.LineStyle.Width = 0;
            span.LegendText = "holdout";
        }

        var actual = plot.Add.ScatterLine(xs, periods.Select(p => p.Actual).ToArray());
        actual.Color = Color.FromHex("#222222");
        actual.LineWidth = 1.5f;
        actual.LegendText = "actual";
        var fitted = plot.Add.ScatterLine(xs, periods.Select(p => p.Fitted).ToArray());
        fitted.Color = Planned;
        fitted.LineWidth = 2;
        fitted.LegendText = "fitted";
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"Actual and fitted {outcome}", size: 16);
        plot.YLabel(outcome + " per period");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetSvgXml(1100, 380);
    }

    /// <summary>Each channel's contribution per period, stacked.</summary>
    public static string Contributions(IReadOnlyList<Fitting.MarketingMix.PeriodDecomposition> periods, IReadOnlyList<string> channels)
    {
        var plot = NewPlot();
        double[] xs = periods.Select(p => p.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var bottom = new double[xs.Length];
        for (int c = 0; c < channels.Count; c++)
        {
            var top = bottom.Select((b, t) => b + Math.Max(0, periods[t].Channels[c])).ToArray();
            var fill = plot.Add.FillY(xs, top, bottom);
            fill.FillStyle.Color = Palette.GetColor(c).WithAlpha(0.75);
            fill.LineStyle.Width = 0;
            fill.LegendText = channels[c];
            bottom = top;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(bottom: 0);
        plot.Title("Incremental outcome per channel (stacked)", size: 16);
        plot.YLabel("contribution per period");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetSvgXml(1100, 380);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Axes.Title.Label.Bold = true;
        return plot;
    }

    private static void AddPoint(Plot plot, double x, double y, Color color, MarkerShape shape, string label)
    {
        var marker = plot.Add.Marker(x, y);
        marker.Color = color;
        marker.Shape = shape;
        marker.Size = 14;
        marker.LegendText = label;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
