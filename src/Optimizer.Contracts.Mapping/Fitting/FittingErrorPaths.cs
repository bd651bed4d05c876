using System.Globalization;
using Optimizer.Fitting;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>
/// Rewrites the violations of a <see cref="FittingInputException"/>, which name a column (channel, control,
/// outcome or "date") and a zero-based row, as paths into the request that caused them:
/// <c>rows[12].spends[3]</c>, <c>rows[5].date</c>, <c>channel_names[2]</c>, <c>options.max_lag</c>,
/// <c>channels[1].observations[4].outcome</c>. The rule id is kept; the message keeps the column name, the row
/// and its date, so a reader does not need the request at hand.
/// </summary>
public static class FittingErrorPaths
{
    private static readonly Dictionary<string, string> MixOptionFields = new(StringComparer.Ordinal)
    {
        ["bootstrap_draws"] = "bootstrap_draw_count",
        ["current_spend_periods"] = "current_spend_period_count",
    };

    /// <summary>The violations of a marketing-mix fit as paths into <paramref name="request"/>.</summary>
    /// <param name="exception">What the library threw.</param>
    /// <param name="request">The request whose data it was.</param>
    /// <returns>An exception with the same rules, each <see cref="InputViolation.Field"/> a request path and <see cref="InputViolation.Row"/> null.</returns>
    public static FittingInputException ForMix(FittingInputException exception, V1.FitMarketingMixRequest request)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(request);
        var channels = IndexOf(request.ChannelNames);
        var controls = IndexOf(request.ControlNames);
        string outcome = MixRequestMapping.OutcomeName(request);
        return new FittingInputException(exception.Violations.Select(v => Translate(v, request, channels, controls, outcome)).ToArray());
    }

    /// <summary>The violations of one channel's point fit as paths into <paramref name="request"/>.</summary>
    /// <param name="exception">What the library threw for the channel.</param>
    /// <param name="request">The request.</param>
    /// <param name="channelIndex">Index of the channel in <see cref="V1.FitResponseCurvesRequest.Channels"/>.</param>
    /// <returns>The violations, each <see cref="InputViolation.Field"/> a request path.</returns>
    public static IReadOnlyList<InputViolation> ForPointFit(FittingInputException exception, V1.FitResponseCurvesRequest request, int channelIndex)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(request);
        string channel = $"channels[{channelIndex}]";
        string name = request.Channels[channelIndex].Name;
        return exception.Violations.Select(v =>
        {
            string field = v.Field switch
            {
                "spend" or "outcome" when v.Row is int r => $"{channel}.observations[{r}].{v.Field}",
                "spend" or "outcome" => $"{channel}.observations",
                "family" => "families",
                _ => channel,
            };
            string where = v.Row is int row ? Invariant($"channel '{name}', observation {row}") : $"channel '{name}'";
            return new InputViolation(field, null, v.Rule, $"{where}: {v.Message}");
        }).ToArray();
    }

    private static InputViolation Translate(
        InputViolation v, V1.FitMarketingMixRequest request, Dictionary<string, int> channels, Dictionary<string, int> controls, string outcome)
    {
        bool dateRule = v.Rule is InputRules.MissingDate or InputRules.DateOrder;
        string field;
        string column;
        if (v.Rule == InputRules.Option)
        {
            field = "options." + MixOptionFields.GetValueOrDefault(v.Field, v.Field);
            column = "option";
        }
        else if (v.Rule == InputRules.TooFewRows)
        {
            field = "rows";
            column = "rows";
        }
        else if (dateRule || (v.Field == "date" && !channels.ContainsKey(v.Field) && !controls.ContainsKey(v.Field)))
        {
            field = v.Row is int r ? $"rows[{r}].date" : "rows";
            column = "date";
        }
        else if (channels.TryGetValue(v.Field, out int c))
        {
            field = v.Row is int r ? $"rows[{r}].spends[{c}]" : $"channel_names[{c}]";
            column = $"channel '{v.Field}'";
        }
        else if (controls.TryGetValue(v.Field, out int j))
        {
            field = v.Row is int r ? $"rows[{r}].controls[{j}]" : $"control_names[{j}]";
            column = $"control '{v.Field}'";
        }
        else if (v.Field == outcome)
        {
            field = v.Row is int r ? $"rows[{r}].outcome" : "outcome_name";
            column = $"outcome '{v.Field}'";
        }
        else if (v.Field == "channels")
        {
            field = "channel_names";
            column = "channels";
        }
        else
        {
            field = v.Field;
            column = v.Field;
        }

        string where = v.Row is int row ? Invariant($"{column}, row {row}{DateOf(request, row)}") : column;
        return new InputViolation(field, null, v.Rule, $"{where}: {v.Message}");
    }

    private static string DateOf(V1.FitMarketingMixRequest request, int row) =>
        row >= 0 && row < request.Rows.Count && !string.IsNullOrEmpty(request.Rows[row].Date) ? $" ({request.Rows[row].Date})" : "";

    private static Dictionary<string, int> IndexOf(IEnumerable<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        foreach (string name in names)
        {
            index.TryAdd(name, i++);
        }

        return index;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
