namespace Optimizer.Fitting;

/// <summary>A fitted parameter with its uncertainty.</summary>
/// <param name="Name">Snake-case name as used in the API, e.g. <c>"half_saturation"</c>, <c>"alpha"</c>, <c>"beta"</c>.</param>
/// <param name="Value">Point estimate.</param>
/// <param name="Unit">Unit, e.g. <c>"currency/period"</c>, <c>"outcome/period"</c>, <c>"1"</c> (dimensionless), <c>"periods"</c>.</param>
/// <param name="StandardError">Standard error: asymptotic (√ of the covariance diagonal, point fits) or the
/// bootstrap standard deviation (marketing-mix fits); null when not computed or not identified.</param>
/// <param name="Interval90">90% interval, or null.</param>
/// <param name="Interval95">95% interval, or null.</param>
/// <param name="AtBound">True when the estimate sits at (within 1% of the width of) a search bound, so the
/// data do not pin it down and its interval is not meaningful on that side.</param>
public sealed record ParameterEstimate(
    string Name,
    double Value,
    string Unit,
    double? StandardError,
    Interval? Interval90,
    Interval? Interval95,
    bool AtBound);
