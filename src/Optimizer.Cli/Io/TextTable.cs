using System.Text;

namespace Optimizer.Cli.Io;

/// <summary>A plain text table: the first column left-aligned, the others right-aligned, two spaces apart.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row (as many cells as headers).</summary>
    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>The table as text, one line per row, header underlined.</summary>
    public override string ToString()
    {
        var all = new List<string[]> { headers };
        all.AddRange(_rows);
        var widths = headers.Select((_, c) => all.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        var text = new StringBuilder();
        for (int r = 0; r < all.Count; r++)
        {
            var cells = all[r].Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
            if (r == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        return text.ToString();
    }
}
