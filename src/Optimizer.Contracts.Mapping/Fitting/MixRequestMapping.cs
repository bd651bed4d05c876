using System.Globalization;
using Optimizer.Contracts.Mapping.Validation;
using Optimizer.Fitting.MarketingMix;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>
/// Maps a <see cref="V1.FitMarketingMixRequest"/> to the fitting library: structural checks here (names, row
/// shapes, date strings, enum values), value rules (NaN, negative spend, gaps in the dates, zero-spend channels,
/// option ranges) in <see cref="MarketingMixData"/> and <see cref="MarketingMixFitter"/>, whose violations
/// <see cref="FittingErrorPaths"/> turns into request paths.
/// </summary>
public static class MixRequestMapping
{
    /// <summary>Date format of <see cref="V1.MixRow.Date"/> (ISO 8601 calendar date).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Outcome name used when the request leaves <c>outcome_name</c> empty.</summary>
    public const string DefaultOutcomeName = "outcome";

    /// <summary>Checks the request's structure and records every violation with its request path.</summary>
    /// <param name="request">The request.</param>
    /// <param name="violations">Where violations are recorded (e.g. <c>rows[3].spends</c>, <c>options.adstock</c>).</param>
    public static void Validate(V1.FitMarketingMixRequest request, ViolationList violations)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ChannelNames.Count == 0)
        {
            violations.Add("channel_names", "at least one channel name is required");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { OutcomeName(request) };
        CheckNames(request.ChannelNames, "channel_names", seen, violations);
        CheckNames(request.ControlNames, "control_names", seen, violations);
        for (int i = 0; i < request.Rows.Count; i++)
        {
            var row = request.Rows[i];
            if (!TryParseDate(row.Date, out _))
            {
                violations.Add($"rows[{i}].date", ViolationList.Invariant($"'{row.Date}' is not a date in the form YYYY-MM-DD"));
            }

            if (row.Spends.Count != request.ChannelNames.Count)
            {
                violations.Add($"rows[{i}].spends", ViolationList.Invariant($"has {row.Spends.Count} values for {request.ChannelNames.Count} channel_names"));
            }

            if (row.Controls.Count != request.ControlNames.Count)
            {
                violations.Add($"rows[{i}].controls", ViolationList.Invariant($"has {row.Controls.Count} values for {request.ControlNames.Count} control_names"));
            }
        }

        if (request.Options is { } options)
        {
            CheckEnum(options.Adstock, "options.adstock", violations);
            CheckEnum(options.Saturation, "options.saturation", violations);
        }
    }

    /// <summary>
    /// Builds the validated time series (call after <see cref="Validate"/> found nothing): one
    /// <see cref="NamedSeries"/> per channel and control, named as in the request.
    /// </summary>
    /// <param name="request">A structurally valid request.</param>
    /// <exception cref="Optimizer.Fitting.FittingInputException">A value rule is broken (paths are column names and rows; see <see cref="FittingErrorPaths"/>).</exception>
    public static MarketingMixData ToData(V1.FitMarketingMixRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = request.Rows;
        var dates = rows.Select(r => TryParseDate(r.Date, out var d) ? d : throw new ArgumentException("Validate the request first.", nameof(request))).ToArray();
        var channels = request.ChannelNames.Select((name, c) => new NamedSeries(name, rows.Select(r => r.Spends[c]).ToArray())).ToArray();
        var controls = request.ControlNames.Select((name, j) => new NamedSeries(name, rows.Select(r => r.Controls[j]).ToArray())).ToArray();
        return new MarketingMixData(dates, channels, rows.Select(r => r.Outcome).ToArray(), controls, OutcomeName(request));
    }

    /// <summary>Maps the model settings; unset fields keep the library's defaults (documented in the proto).</summary>
    /// <param name="options">The request's options, or null.</param>
    public static MarketingMixOptions ToOptions(V1.MixOptions? options)
    {
        var result = new MarketingMixOptions();
        if (options is null)
        {
            return result;
        }

        return result with
        {
            Adstock = options.Adstock == V1.AdstockKind.Weibull ? AdstockKind.Weibull : AdstockKind.Geometric,
            Saturation = options.Saturation == V1.SaturationKind.Logistic ? SaturationKind.Logistic : SaturationKind.Hill,
            MaxLag = options.HasMaxLag ? options.MaxLag : result.MaxLag,
            TrendDegree = options.HasTrendDegree ? options.TrendDegree : result.TrendDegree,
            FourierOrder = options.HasFourierOrder ? options.FourierOrder : result.FourierOrder,
            HoldoutFraction = options.HasHoldoutFraction ? options.HoldoutFraction : result.HoldoutFraction,
            BootstrapDraws = options.HasBootstrapDrawCount ? options.BootstrapDrawCount : result.BootstrapDraws,
            DropZeroSpendChannels = options.DropZeroSpendChannels,
            Seed = options.HasSeed ? options.Seed : result.Seed,
            CurrentSpendPeriods = options.HasCurrentSpendPeriodCount ? options.CurrentSpendPeriodCount : result.CurrentSpendPeriods,
            RoasIntervals = options.RoasIntervalMethod == V1.RoasIntervalMethod.ProfileLikelihood ? RoasIntervalMethod.ProfileLikelihood : RoasIntervalMethod.Bootstrap,
        };
    }

    /// <summary>The outcome name of the request, <see cref="DefaultOutcomeName"/> when empty.</summary>
    /// <param name="request">The request.</param>
    public static string OutcomeName(V1.FitMarketingMixRequest request) =>
        string.IsNullOrEmpty(request.OutcomeName) ? DefaultOutcomeName : request.OutcomeName;

    /// <summary>Parses a <see cref="V1.MixRow.Date"/> in the form <see cref="DateFormat"/>.</summary>
    /// <param name="text">The date string.</param>
    /// <param name="date">The date, when the text is one.</param>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static void CheckNames(IReadOnlyList<string> names, string field, HashSet<string> seen, ViolationList violations)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrEmpty(names[i]))
            {
                violations.Add($"{field}[{i}]", "must be a non-empty name");
            }
            else if (!seen.Add(names[i]))
            {
                violations.Add($"{field}[{i}]", ViolationList.Invariant($"'{names[i]}' is already used by another channel, control or the outcome"));
            }
        }
    }

    private static void CheckEnum<T>(T value, string field, ViolationList violations)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            violations.Add(field, ViolationList.Invariant($"unknown value {Convert.ToInt32(value, CultureInfo.InvariantCulture)}"));
        }
    }
}
