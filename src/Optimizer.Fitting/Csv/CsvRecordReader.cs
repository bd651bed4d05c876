using System.Text;

namespace Optimizer.Fitting.Csv;

/// <summary>
/// Minimal RFC 4180 record reader: comma-separated fields, optional double quotes (with "" as an escaped
/// quote, and line breaks allowed inside quotes), CRLF or LF line ends, surrounding spaces of unquoted
/// fields trimmed. Blank lines are skipped.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>Yields the records of <paramref name="reader"/>, header first.</summary>
    public static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            char c = (char)ch;
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = wasQuoted = true;
            }
            else if (c == ',')
            {
                fields.Add(Finish(field, wasQuoted));
                wasQuoted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (fields.Count > 0 || field.Length > 0 || wasQuoted)
                {
                    fields.Add(Finish(field, wasQuoted));
                    yield return [.. fields];
                }

                fields.Clear();
                wasQuoted = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (fields.Count > 0 || field.Length > 0 || wasQuoted)
        {
            fields.Add(Finish(field, wasQuoted));
            yield return [.. fields];
        }
    }

    private static string Finish(StringBuilder field, bool wasQuoted)
    {
        string s = field.ToString();
        field.Clear();
        return wasQuoted ? s : s.Trim();
    }
}
