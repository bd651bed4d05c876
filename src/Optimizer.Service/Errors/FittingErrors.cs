using Optimizer.Allocation.Errors;
using Optimizer.Fitting;

namespace Optimizer.Service.Errors;

/// <summary>
/// How a <see cref="FittingInputException"/> becomes INVALID_ARGUMENT (called from <see cref="RpcErrors.FromException"/>):
/// one BadRequest field violation per input violation, whose field is the request path the mapping put there
/// (<c>rows[12].spends[3]</c>, <c>channel_names[1]</c>) or, for an exception that did not come through the mapping,
/// the column and row (<c>tv_S[12]</c>); the ErrorInfo reason is the library's rule id (NOT_FINITE,
/// ZERO_SPEND_CHANNEL, ...) when every violation has the same one, else INVALID_FITTING_INPUT.
/// </summary>
internal static class FittingErrors
{
    /// <summary>ErrorInfo reason of input violations with different rules.</summary>
    public const string MixedReason = "INVALID_FITTING_INPUT";

    /// <summary>The ErrorInfo reason of <paramref name="exception"/>.</summary>
    public static string Reason(FittingInputException exception)
    {
        var rules = exception.Violations.Select(v => v.Rule).Distinct(StringComparer.Ordinal).ToArray();
        return rules.Length == 1 ? rules[0] : MixedReason;
    }

    /// <summary>The field violations of <paramref name="exception"/>, each description prefixed with its rule id.</summary>
    public static IReadOnlyList<FieldViolation> Violations(FittingInputException exception) =>
        exception.Violations.Select(v => new FieldViolation(
            v.Row is int row ? $"{v.Field}[{row}]" : v.Field,
            v.Row is int r ? $"[{v.Rule}] row {r}: {v.Message}" : $"[{v.Rule}] {v.Message}")).ToArray();
}
