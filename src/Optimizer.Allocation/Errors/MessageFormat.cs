using System.Globalization;

namespace Optimizer.Allocation.Errors;

/// <summary>Culture-invariant formatting for error messages and constraint names.</summary>
internal static class MessageFormat
{
    /// <summary>A number with up to 10 significant digits, e.g. 1000 or 0.6.</summary>
    public static string Number(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>An interpolated message formatted with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many items a message names before it says "and N more".</summary>
    public const int ListedItems = 8;

    /// <summary>"a, b, c, and 5 more": the first <see cref="ListedItems"/> items described, then the count of the rest.</summary>
    public static string Listing<T>(IEnumerable<T> items, Func<T, string> describe)
    {
        var all = items.ToList();
        string shown = string.Join(", ", all.Take(ListedItems).Select(describe));
        return shown + (all.Count > ListedItems ? $", and {all.Count - ListedItems} more" : string.Empty);
    }
}
