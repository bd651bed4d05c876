namespace Optimizer.Fitting;

/// <summary>Stable rule ids carried by <see cref="InputViolation.Rule"/> (the service copies them into ErrorInfo reasons).</summary>
public static class InputRules
{
    /// <summary>A date cell is empty or unparseable, or a period is missing from the regular sequence.</summary>
    public const string MissingDate = "MISSING_DATE";

    /// <summary>Dates are not strictly increasing (duplicate or out of order).</summary>
    public const string DateOrder = "DATE_ORDER";

    /// <summary>A numeric cell is empty, NaN, infinite or unparseable.</summary>
    public const string NotFinite = "NOT_FINITE";

    /// <summary>A spend value is negative.</summary>
    public const string NegativeSpend = "NEGATIVE_SPEND";

    /// <summary>A channel has zero spend in every period (and the caller did not ask to drop it).</summary>
    public const string ZeroSpendChannel = "ZERO_SPEND_CHANNEL";

    /// <summary>Fewer observations than model parameters (plus one for the residual variance).</summary>
    public const string TooFewRows = "TOO_FEW_ROWS";

    /// <summary>Column lengths disagree, or a named column is absent or duplicated.</summary>
    public const string Shape = "SHAPE";

    /// <summary>An option is out of its documented range.</summary>
    public const string Option = "OPTION";
}
