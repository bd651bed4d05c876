using System.Globalization;

namespace Optimizer.Bench;

/// <summary>Reads best_known.csv (columns: problem, best_objective, source).</summary>
public static class BestKnown
{
    /// <summary>Problem name → best known objective; empty when the file is absent.</summary>
    public static Dictionary<string, double> Load(string path)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return values;
        }

        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] cells = line.Split(',');
            if (cells.Length >= 2 && double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                values[cells[0].Trim()] = v;
            }
        }

        return values;
    }
}
