using System.Globalization;

namespace Optimizer.Cli.Io;

/// <summary>Number formatting for tables and the report (invariant culture).</summary>
internal static class Numbers
{
    /// <summary>A money or response amount with thousands separators and no decimals ("1,234,567").</summary>
    public static string Amount(double value)
    {
        double rounded = Math.Round(value);
        return (rounded == 0 ? 0 : rounded).ToString("#,0", CultureInfo.InvariantCulture);
    }

    /// <summary>A signed amount ("+1,234" or "-1,234").</summary>
    public static string Signed(double value) => (Math.Round(value) > 0 ? "+" : "") + Amount(value);

    /// <summary>A ratio with two decimals, or "-" when unset.</summary>
    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>A percentage with one decimal ("+3.4%").</summary>
    public static string Percent(double fraction, bool signed = false) =>
        (signed && fraction >= 0 ? "+" : "") + (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number in round-trip form for CSV ("" when unset).</summary>
    public static string Raw(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A gap in scientific notation ("1.2e-07").</summary>
    public static string Gap(double value) => value.ToString("0.0e+00", CultureInfo.InvariantCulture);
}
