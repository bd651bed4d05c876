using System.Text.Json;
using System.Text.Json.Nodes;
using Optimizer.Cli.Io;
using Optimizer.Contracts.Mapping;
using Optimizer.Fitting;

namespace Optimizer.Cli.Jobs;

/// <summary>
/// curves.json: the fitted channels (each curve as an optimizer.v1 <c>ResponseCurve</c> in proto JSON, ready to
/// paste into a scenario's channel), their ROAS, marginal ROAS and contribution, the fit metrics and the
/// per-period decomposition (actual, fitted, baseline, each channel).
/// </summary>
internal static class CurvesDocument
{
    /// <summary>Builds the document.</summary>
    public static JsonObject Build(MixFit fit)
    {
        var r = fit.Result;
        var channels = new JsonArray();
        foreach (var c in r.Channels)
        {
            channels.Add(new JsonObject
            {
                ["name"] = c.Name,
                ["curve"] = JsonNode.Parse(ProtoFiles.Formatter.Format(CurveMapping.ToProto(c.Curve))),
                ["current_spend"] = Num(c.CurrentSpend),
                ["total_spend"] = Num(c.TotalSpend),
                ["contribution"] = Num(c.Contribution),
                ["contribution_share"] = Num(c.ContributionShare),
                ["roas"] = Num(c.Roas),
                ["roas_interval_90"] = Range(c.RoasInterval90),
                ["roas_interval_95"] = Range(c.RoasInterval95),
                ["marginal_roas"] = Num(c.MarginalRoas),
                ["elasticity_at_max_spend"] = Num(c.ElasticityAtMaxSpend),
                ["near_linear"] = c.NearLinear,
                ["parameters"] = new JsonArray(c.Parameters.Select(Parameter).ToArray()),
                ["diagnostics"] = new JsonArray(c.Diagnostics.Select(d => (JsonNode?)d).ToArray()),
            });
        }

        var periods = new JsonArray();
        foreach (var p in r.Decomposition)
        {
            var parts = new JsonObject();
            for (int i = 0; i < r.Channels.Count; i++)
            {
                parts[r.Channels[i].Name] = p.Channels[i];
            }

            periods.Add(new JsonObject
            {
                ["date"] = p.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["holdout"] = p.IsHoldout,
                ["actual"] = Num(p.Actual),
                ["fitted"] = Num(p.Fitted),
                ["baseline"] = Num(p.Intercept + p.Trend + p.Seasonality + p.Controls.Sum()),
                ["channels"] = parts,
            });
        }

        return new JsonObject
        {
            ["data"] = Path.GetFileName(fit.DataPath),
            ["outcome"] = fit.Data.OutcomeName,
            ["period_count"] = fit.Data.PeriodCount,
            ["first_date"] = fit.Data.Dates[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["last_date"] = fit.Data.Dates[^1].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["metrics"] = new JsonObject
            {
                ["in_sample"] = Metrics(r.InSample),
                ["train"] = Metrics(r.Train),
                ["holdout"] = r.Holdout is null ? null : Metrics(r.Holdout),
            },
            ["holdout_periods"] = r.HoldoutPeriods,
            ["dropped_channels"] = new JsonArray(r.DroppedChannels.Select(d => (JsonNode?)d).ToArray()),
            ["elapsed_seconds"] = Num(r.Elapsed.TotalSeconds),
            ["channels"] = channels,
            ["decomposition"] = periods,
        };
    }

    /// <summary>Writes the document, indented.</summary>
    public static void Write(JsonObject document, string path) =>
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    private static JsonNode? Num(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static JsonNode Metrics(FitMetrics m) => new JsonObject
    {
        ["count"] = m.Count,
        ["r_squared"] = Num(m.RSquared),
        ["rmse"] = Num(m.Rmse),
        ["nrmse"] = Num(m.Nrmse),
        ["mape"] = Num(m.Mape),
    };

    private static JsonNode Parameter(ParameterEstimate p) => new JsonObject
    {
        ["name"] = p.Name,
        ["value"] = Num(p.Value),
        ["unit"] = p.Unit,
        ["standard_error"] = p.StandardError is { } se ? Num(se) : null,
        ["at_bound"] = p.AtBound,
    };

    /// <summary>An interval as {lower, upper}, or null when the fit has none (no bootstrap draws, bootstrap intervals).</summary>
    private static JsonObject? Range(Optimizer.Fitting.Interval? interval) =>
        interval is null ? null : new JsonObject { ["lower"] = Num(interval.Lower), ["upper"] = Num(interval.Upper) };
}
