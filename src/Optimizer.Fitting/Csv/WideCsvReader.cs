using System.Globalization;
using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Fitting.Csv;

/// <summary>
/// Reads a wide CSV (header row, comma-separated, RFC 4180 quoting; see <see cref="CsvRecordReader"/>) into <see cref="MarketingMixData"/>.
/// Every problem is collected and reported at once in a <see cref="FittingInputException"/> naming the column
/// and the zero-based data row (the header is not counted: data row 0 is line 2 of the file).
/// </summary>
public static class WideCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">CSV file path.</param>
    /// <param name="columns">Column roles.</param>
    /// <returns>The validated table.</returns>
    /// <exception cref="FittingInputException">A named column is missing, or a cell is empty or unparseable, or the table breaks a rule of <see cref="MarketingMixData"/>.</exception>
    public static MarketingMixData Read(string path, WideCsvColumns columns)
    {
        using var reader = new StreamReader(path);
        return Read(reader, columns);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>.</summary>
    /// <param name="reader">CSV text.</param>
    /// <param name="columns">Column roles.</param>
    /// <returns>The validated table.</returns>
    /// <exception cref="FittingInputException">As for <see cref="Read(string, WideCsvColumns)"/>.</exception>
    public static MarketingMixData Read(TextReader reader, WideCsvColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        using var records = CsvRecordReader.Records(reader).GetEnumerator();
        var violations = new List<InputViolation>();
        if (!records.MoveNext())
        {
            throw new FittingInputException(new InputViolation(columns.Date, null, InputRules.Shape, "the file has no header row."));
        }

        var header = records.Current;
        var controls = columns.Controls ?? [];
        var wanted = new[] { columns.Date, columns.Outcome }.Concat(columns.Channels).Concat(controls).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in wanted)
        {
            int i = Array.IndexOf(header, name);
            if (i < 0)
            {
                violations.Add(new InputViolation(name, null, InputRules.Shape, "the column is not in the header."));
            }
            else
            {
                index[name] = i;
            }
        }

        if (violations.Count > 0)
        {
            throw new FittingInputException(violations);
        }

        var dates = new List<DateOnly>();
        var values = wanted.Skip(1).ToDictionary(n => n, _ => new List<double>(), StringComparer.Ordinal);
        int row = 0;
        while (records.MoveNext())
        {
            var record = records.Current;
            string? dateText = Field(record, index[columns.Date]);
            if (string.IsNullOrWhiteSpace(dateText) || !TryParseDate(dateText, out var date))
            {
                violations.Add(new InputViolation(columns.Date, row, InputRules.MissingDate, $"'{dateText}' is not a date."));
                date = default;
            }

            dates.Add(date);
            foreach (var (name, list) in values)
            {
                string? text = Field(record, index[name]);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    violations.Add(new InputViolation(name, row, InputRules.NotFinite, $"'{text}' is not a number."));
                    v = double.NaN;
                }

                list.Add(v);
            }

            row++;
        }

        if (violations.Count > 0)
        {
            throw new FittingInputException(violations);
        }

        return new MarketingMixData(
            dates,
            [.. columns.Channels.Select(c => new NamedSeries(c, values[c]))],
            values[columns.Outcome],
            [.. controls.Select(c => new NamedSeries(c, values[c]))],
            columns.Outcome);
    }

    private static string? Field(string[] record, int i) => i < record.Length ? record[i] : null;

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) && (date = DateOnly.FromDateTime(dt)) != default);
}
