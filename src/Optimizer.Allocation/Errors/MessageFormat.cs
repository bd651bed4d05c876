using System.Globalization;

namespace Optimizer.Allocation.Errors;

/// <summary>Culture-invariant formatting for error messages and constraint names.</summary>
internal static class MessageFormat
{
    /// <summary>A number with up to 10 significant digits, e.g. 1000 or 0.6.</summary>
    public static string Number(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>An interpolated message formatted with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
