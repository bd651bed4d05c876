using System.Globalization;
using CsvHelper;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Io;

/// <summary>Writes allocation, evaluation and frontier results as a table, proto JSON or CSV.</summary>
internal static class ResultWriter
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };

    private static readonly string[] ChannelHeader =
        ["channel", "current_spend", "spend", "spend_change", "current_response", "response", "roas", "marginal_roas", "active_bound"];

    /// <summary>The format implied by an output file's extension (.json or .csv).</summary>
    /// <exception cref="CliException">Any other extension (exit code 2).</exception>
    public static OutputFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => OutputFormat.Json,
        ".csv" => OutputFormat.Csv,
        ".txt" => OutputFormat.Table,
        _ => throw CliException.Invalid($"--out {path}: use a .json, .csv or .txt file name"),
    };

    /// <summary>An AllocateBudget response.</summary>
    public static void Write(V1.AllocateBudgetResponse plan, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine(ProtoFiles.Format(plan));
                break;
            case OutputFormat.Csv:
                WriteChannelsCsv(plan.Channels, writer);
                break;
            default:
                writer.Write(ChannelTable(plan.Channels, plan.Totals));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"status {Status(plan.Status)}, relative gap {Numbers.Gap(plan.Certificate?.RelativeGap ?? 0)}, budget shadow price {Numbers.Ratio(plan.BudgetShadowPrice)}, solved in {plan.WallTime?.ToTimeSpan().TotalMilliseconds ?? 0:0.##} ms"));
                break;
        }
    }

    /// <summary>An EvaluateAllocation response.</summary>
    public static void Write(V1.EvaluateAllocationResponse evaluation, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine(ProtoFiles.Format(evaluation));
                break;
            case OutputFormat.Csv:
                WriteChannelsCsv(evaluation.Channels, writer);
                break;
            default:
                writer.Write(ChannelTable(evaluation.Channels, evaluation.Totals));
                break;
        }
    }

    /// <summary>The points of a budget frontier.</summary>
    public static void Write(IReadOnlyList<V1.ComputeBudgetFrontierResponse> points, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine("[");
                writer.WriteLine(string.Join(",\n", points.Select(ProtoFiles.Format)));
                writer.WriteLine("]");
                break;
            case OutputFormat.Csv:
                WriteFrontierCsv(points, writer);
                break;
            default:
                var table = new TextTable("budget", "status", "response", "value", "roas", "shadow_price");
                foreach (var p in points)
                {
                    table.Add(Numbers.Amount(p.Budget), Status(p.Status), Numbers.Amount(p.Totals?.Response ?? 0),
                        Numbers.Amount(p.Totals?.Value ?? 0), Numbers.Ratio(p.Totals is { HasRoas: true } t ? t.Roas : null), Numbers.Ratio(p.BudgetShadowPrice));
                }

                writer.Write(table.ToString());
                break;
        }
    }

    /// <summary>Short status name ("optimal", "feasible", "infeasible").</summary>
    public static string Status(V1.SolveStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Short bound name ("none", "min", "max", "locked", "off"; "" when unset).</summary>
    public static string Bound(V1.ActiveBound bound) => bound == V1.ActiveBound.Unspecified ? "" : bound.ToString().ToLowerInvariant();

    private static string ChannelTable(IEnumerable<V1.ChannelAllocation> channels, V1.AllocationTotals? totals)
    {
        var table = new TextTable("channel", "current", "spend", "change", "response", "roas", "mroas", "bound");
        foreach (var c in channels)
        {
            table.Add(c.Name, Numbers.Amount(c.CurrentSpend), Numbers.Amount(c.Spend), Numbers.Signed(c.SpendChange),
                Numbers.Amount(c.Response), Numbers.Ratio(c.HasRoas ? c.Roas : null), Numbers.Ratio(c.HasMarginalRoas ? c.MarginalRoas : null), Bound(c.ActiveBound));
        }

        if (totals is not null)
        {
            table.Add("TOTAL", Numbers.Amount(totals.CurrentSpend), Numbers.Amount(totals.Spend), Numbers.Signed(totals.Spend - totals.CurrentSpend),
                Numbers.Amount(totals.Response), Numbers.Ratio(totals.HasRoas ? totals.Roas : null), "", "");
        }

        return table.ToString() + (totals is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $"response {Numbers.Amount(totals.CurrentResponse)} -> {Numbers.Amount(totals.Response)} ({Numbers.Signed(totals.Response - totals.CurrentResponse)})\n"));
    }

    private static void WriteChannelsCsv(IEnumerable<V1.ChannelAllocation> channels, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, true);
        csv.WriteRecord(ChannelHeader);
        foreach (var c in channels)
        {
            csv.WriteRecord([
                c.Name, Numbers.Raw(c.CurrentSpend), Numbers.Raw(c.Spend), Numbers.Raw(c.SpendChange), Numbers.Raw(c.CurrentResponse), Numbers.Raw(c.Response),
                Numbers.Raw(c.HasRoas ? c.Roas : null), Numbers.Raw(c.HasMarginalRoas ? c.MarginalRoas : null), Bound(c.ActiveBound)]);
        }

        csv.Flush();
    }

    private static void WriteFrontierCsv(IReadOnlyList<V1.ComputeBudgetFrontierResponse> points, TextWriter writer)
    {
        var names = points.FirstOrDefault(p => p.Channels.Count > 0)?.Channels.Select(c => c.Name).ToArray() ?? [];
        using var csv = CsvWriter.Create(writer, Options, true);
        csv.WriteRecord(new[] { "point_index", "budget", "status", "spend", "response", "value", "roas", "budget_shadow_price" }.Concat(names.Select(n => "spend_" + n)).ToArray());
        foreach (var p in points)
        {
            var spends = p.Channels.ToDictionary(c => c.Name, c => c.Spend, StringComparer.Ordinal);
            string[] fixedCells =
            [
                p.PointIndex.ToString(CultureInfo.InvariantCulture), Numbers.Raw(p.Budget), Status(p.Status), Numbers.Raw(p.Totals?.Spend), Numbers.Raw(p.Totals?.Response),
                Numbers.Raw(p.Totals?.Value), Numbers.Raw(p.Totals is { HasRoas: true } t ? t.Roas : null), Numbers.Raw(p.BudgetShadowPrice),
            ];
            csv.WriteRecord(fixedCells.Concat(names.Select(n => Numbers.Raw(spends.TryGetValue(n, out double s) ? s : null))).ToArray());
        }

        csv.Flush();
    }
}
