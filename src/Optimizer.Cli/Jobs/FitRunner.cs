using Optimizer.Fitting.Csv;
using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Cli.Jobs;

/// <summary>Reads the wide CSV with the spec's column roles and fits the marketing-mix model.</summary>
internal static class FitRunner
{
    /// <summary>Fits the model.</summary>
    /// <param name="dataPath">Wide CSV, one row per period.</param>
    /// <param name="spec">Column roles and model settings.</param>
    /// <param name="overrides">Column roles from options (replace the spec's).</param>
    /// <param name="progress">Progress messages, or null.</param>
    /// <param name="cancellationToken">Deadline.</param>
    /// <exception cref="CliException">Missing file or column roles (exit code 2).</exception>
    /// <exception cref="Fitting.FittingInputException">The data break a rule of the fitter.</exception>
    public static MixFit Fit(string dataPath, JobSpec spec, ColumnOverrides overrides, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var columns = Columns(spec.Columns, overrides);
        if (!File.Exists(dataPath))
        {
            throw CliException.Invalid($"{dataPath}: file not found");
        }

        progress?.Report($"reading {dataPath}");
        var data = WideCsvReader.Read(dataPath, columns);
        var options = Options(spec);
        progress?.Report($"{data.PeriodCount} periods from {data.Dates[0]:yyyy-MM-dd} to {data.Dates[^1]:yyyy-MM-dd}, {data.Channels.Count} channels, {data.Controls.Count} controls");
        var result = new MarketingMixFitter().Fit(data, options, progress, cancellationToken);
        progress?.Report($"fitted in {result.Elapsed.TotalSeconds:0.0} s: R² {result.InSample.RSquared:0.000}, holdout R² {result.Holdout?.RSquared.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        return new MixFit(dataPath, data, result);
    }

    private static WideCsvColumns Columns(ColumnsSpec spec, ColumnOverrides overrides)
    {
        string? date = overrides.Date ?? spec.Date;
        string? outcome = overrides.Outcome ?? spec.Outcome;
        var channels = overrides.Channels.Count > 0 ? overrides.Channels : spec.Channels;
        var controls = overrides.Controls.Count > 0 ? overrides.Controls : spec.Controls;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(date))
        {
            missing.Add("the date column (columns.date or --date)");
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            missing.Add("the outcome column (columns.outcome or --outcome)");
        }

        if (channels.Count == 0)
        {
            missing.Add("at least one spend column (columns.channels or --channel)");
        }

        if (missing.Count > 0)
        {
            throw CliException.Invalid("missing column roles: " + string.Join("; ", missing));
        }

        return new WideCsvColumns(date!, outcome!, channels.ToArray(), controls.ToArray());
    }

    private static MarketingMixOptions Options(JobSpec spec)
    {
        var m = spec.Model;
        var defaults = new MarketingMixOptions();
        return defaults with
        {
            Adstock = m.Adstock is null ? defaults.Adstock : Parse<AdstockKind>(m.Adstock, "model.adstock"),
            Saturation = m.Saturation is null ? defaults.Saturation : Parse<SaturationKind>(m.Saturation, "model.saturation"),
            MaxLag = m.MaxLag ?? defaults.MaxLag,
            NormalizeAdstock = m.NormalizeAdstock ?? defaults.NormalizeAdstock,
            TrendDegree = m.TrendDegree ?? defaults.TrendDegree,
            FourierOrder = m.FourierOrder ?? defaults.FourierOrder,
            SeasonalPeriodDays = m.SeasonalPeriodDays ?? defaults.SeasonalPeriodDays,
            HoldoutFraction = m.HoldoutFraction ?? defaults.HoldoutFraction,
            Starts = m.Starts ?? defaults.Starts,
            MaxIterations = m.MaxIterations ?? defaults.MaxIterations,
            BootstrapDraws = m.BootstrapDraws ?? defaults.BootstrapDraws,
            RoasIntervals = m.RoasIntervals is null ? defaults.RoasIntervals : Parse<RoasIntervalMethod>(m.RoasIntervals.Replace("_", "", StringComparison.Ordinal), "model.roas_intervals"),
            DropZeroSpendChannels = m.DropZeroSpendChannels ?? defaults.DropZeroSpendChannels,
            Seed = m.Seed ?? defaults.Seed,
            CurrentSpendPeriods = spec.Allocation.CurrentSpendPeriods,
        };
    }

    private static T Parse<T>(string text, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw CliException.Invalid($"{field}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(SnakeCase))}");

    /// <summary>ProfileLikelihood → profile_likelihood: enum names as the job file writes them.</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}
