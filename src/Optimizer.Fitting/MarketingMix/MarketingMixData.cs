using System.Globalization;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// A validated wide time series for a marketing-mix fit: one row per period (e.g. week) with the date, the
/// spend of every channel (currency units per period), the outcome (revenue or conversions per period) and
/// optional controls (any unit; standardised internally).
/// </summary>
/// <remarks>
/// The constructor checks every rule and throws one <see cref="FittingInputException"/> listing all
/// violations with their column and zero-based row: dates strictly increasing with no missing period (a step
/// longer than 1.5× the most common step is a gap), every number finite, spend ≥ 0, equal lengths, unique
/// names, at least one channel.
/// </remarks>
public sealed record MarketingMixData
{
    /// <summary>Creates and validates the table.</summary>
    /// <param name="dates">Period start dates, strictly increasing and regular; shape (n,).</param>
    /// <param name="channels">Spend per channel, currency units per period; each shape (n,).</param>
    /// <param name="outcome">Outcome per period (revenue or conversions); shape (n,).</param>
    /// <param name="controls">Control covariates (events, prices, confounders); each shape (n,). May be empty.</param>
    /// <param name="outcomeName">Name of the outcome column, for messages.</param>
    /// <exception cref="FittingInputException">Any rule above is broken.</exception>
    public MarketingMixData(
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<NamedSeries> channels,
        IReadOnlyList<double> outcome,
        IReadOnlyList<NamedSeries>? controls = null,
        string outcomeName = "outcome")
    {
        Dates = dates;
        Channels = channels;
        Outcome = outcome;
        Controls = controls ?? [];
        OutcomeName = outcomeName;
        var violations = new List<InputViolation>();
        CheckShape(violations);
        if (violations.Count == 0)
        {
            CheckDates(violations);
            CheckValues(outcomeName, outcome, spend: false, violations);
            foreach (var channel in channels)
            {
                CheckValues(channel.Name, channel.Values, spend: true, violations);
            }

            foreach (var control in Controls)
            {
                CheckValues(control.Name, control.Values, spend: false, violations);
            }
        }

        if (violations.Count > 0)
        {
            throw new FittingInputException(violations);
        }
    }

    /// <summary>Period dates; shape (n,).</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Spend per channel; each shape (n,).</summary>
    public IReadOnlyList<NamedSeries> Channels { get; }

    /// <summary>Outcome per period; shape (n,).</summary>
    public IReadOnlyList<double> Outcome { get; }

    /// <summary>Controls; each shape (n,).</summary>
    public IReadOnlyList<NamedSeries> Controls { get; }

    /// <summary>Name of the outcome column.</summary>
    public string OutcomeName { get; }

    /// <summary>Number of periods n.</summary>
    public int PeriodCount => Dates.Count;

    private void CheckShape(List<InputViolation> violations)
    {
        int n = Dates.Count;
        if (n == 0)
        {
            violations.Add(new InputViolation("date", null, InputRules.TooFewRows, "the table has no rows."));
        }

        if (Channels.Count == 0)
        {
            violations.Add(new InputViolation("channels", null, InputRules.Shape, "at least one spend column is required."));
        }

        if (Outcome.Count != n)
        {
            violations.Add(Length(OutcomeName, Outcome.Count, n));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { OutcomeName };
        foreach (var series in Channels.Concat(Controls))
        {
            if (series.Values.Count != n)
            {
                violations.Add(Length(series.Name, series.Values.Count, n));
            }

            if (!seen.Add(series.Name))
            {
                violations.Add(new InputViolation(series.Name, null, InputRules.Shape, "the column name is used twice."));
            }
        }
    }

    private void CheckDates(List<InputViolation> violations)
    {
        if (Dates.Count < 2)
        {
            return;
        }

        var steps = new int[Dates.Count - 1];
        for (int t = 1; t < Dates.Count; t++)
        {
            steps[t - 1] = Dates[t].DayNumber - Dates[t - 1].DayNumber;
        }

        int modal = steps.Where(s => s > 0).GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        for (int t = 1; t < Dates.Count; t++)
        {
            int step = steps[t - 1];
            if (step <= 0)
            {
                violations.Add(new InputViolation("date", t, InputRules.DateOrder, Invariant($"date {Dates[t]:yyyy-MM-dd} is not after the previous row's {Dates[t - 1]:yyyy-MM-dd}.")));
            }
            else if (modal > 0 && step > 1.5 * modal)
            {
                violations.Add(new InputViolation("date", t, InputRules.MissingDate, Invariant($"{step} days between {Dates[t - 1]:yyyy-MM-dd} and {Dates[t]:yyyy-MM-dd} (the usual step is {modal}): at least one period is missing.")));
            }
        }
    }

    private static void CheckValues(string name, IReadOnlyList<double> values, bool spend, List<InputViolation> violations)
    {
        for (int t = 0; t < values.Count; t++)
        {
            double v = values[t];
            if (!double.IsFinite(v))
            {
                violations.Add(new InputViolation(name, t, InputRules.NotFinite, Invariant($"value {v} is not a finite number.")));
            }
            else if (spend && v < 0)
            {
                violations.Add(new InputViolation(name, t, InputRules.NegativeSpend, Invariant($"spend {v} is negative.")));
            }
        }
    }

    private static InputViolation Length(string name, int count, int n) =>
        new(name, null, InputRules.Shape, Invariant($"has {count} values but there are {n} dates."));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
