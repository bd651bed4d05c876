using System.Globalization;

namespace Optimizer.Fitting;

/// <summary>One broken input rule: which field (column or option), which row if any, which rule, and a message.</summary>
/// <param name="Field">Column name (CSV header or channel/control name) or option name, e.g. <c>"tv_S"</c> or <c>"holdout_fraction"</c>.</param>
/// <param name="Row">Zero-based data row (period index, header excluded), or null when the rule is not about one row.</param>
/// <param name="Rule">Stable machine-readable rule id (see <see cref="InputRules"/>).</param>
/// <param name="Message">Human-readable explanation naming the value found.</param>
public sealed record InputViolation(string Field, int? Row, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Row is int r
            ? string.Create(CultureInfo.InvariantCulture, $"[{Rule}] column '{Field}', row {r}: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"[{Rule}] '{Field}': {Message}");
}
