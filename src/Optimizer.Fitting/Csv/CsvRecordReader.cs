using CsvHelper;

namespace Optimizer.Fitting.Csv;

/// <summary>
/// RFC 4180 records through CsvHelper: comma-separated fields, double quotes (with "" as an escaped quote and
/// line breaks allowed inside quotes), CRLF or LF line ends, surrounding spaces of unquoted fields trimmed,
/// blank lines skipped. Rows may have any number of fields; the caller checks them against the header.
/// </summary>
internal static class CsvRecordReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        SkipEmptyLines = true,
        TrimWhitespace = true,
        AllowLineBreaksInQuotes = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    /// <summary>Yields the records of <paramref name="reader"/>, header first.</summary>
    public static IEnumerable<string[]> Records(TextReader reader)
    {
        using var csv = CsvReader.Create(reader, Options, true);
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return fields;
        }
    }
}
