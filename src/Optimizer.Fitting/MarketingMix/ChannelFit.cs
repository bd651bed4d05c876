using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// The fitted response of one channel in a marketing-mix fit.
/// </summary>
/// <param name="Name">Channel (spend column) name.</param>
/// <param name="Curve">
/// Steady-state response curve f: spend per period (currency units) → incremental outcome per period (outcome
/// units) when that spend is sustained long enough for carry-over to settle. With normalised weights the
/// steady-state adstock of constant spend x is x; with raw weights it is x·Σw, folded into the curve's scale.
/// A <see cref="HillCurve"/> (Hill saturation), a <see cref="LogisticCurve"/> with midpoint 0 (logistic
/// saturation), or a flat <see cref="PiecewiseLinearCurve"/> when β = 0 (no detectable effect). Goes
/// straight into the optimizer: no unit conversion needed.
/// </param>
/// <param name="Parameters">
/// Native model parameters, in this order: adstock (<c>alpha</c>, or <c>adstock_scale</c> and <c>adstock_shape</c>),
/// saturation (<c>half_saturation</c> and <c>slope</c>, or <c>lam</c>), then <c>beta</c>. Saturation parameters are
/// in adstock units (PyMC-Marketing's and Robyn's convention: depends on <see cref="MarketingMixOptions.NormalizeAdstock"/>);
/// <c>beta</c> is the maximum effect per period in outcome units.
/// </param>
/// <param name="TotalSpend">Σ_t spend over all periods (currency units).</param>
/// <param name="Contribution">Σ_t β·g(adstock_t) over all periods (outcome units): the in-data incremental outcome (carry-over past the last period is not counted, as in PyMC-Marketing).</param>
/// <param name="ContributionShare">Contribution / Σ_t outcome.</param>
/// <param name="Roas">Contribution / TotalSpend (outcome units per currency unit).</param>
/// <param name="RoasInterval90">90% interval of ROAS (bootstrap percentiles, or profile likelihood per <see cref="MarketingMixOptions.RoasIntervals"/>), or null without either.</param>
/// <param name="RoasInterval95">95% interval of ROAS, computed as the 90% one, or null.</param>
/// <param name="CurrentSpend">Mean spend of the last <see cref="MarketingMixOptions.CurrentSpendPeriods"/> periods.</param>
/// <param name="MarginalRoas">Curve.Marginal(CurrentSpend): outcome from one more currency unit per period at current spend.</param>
/// <param name="MarginalRoasInterval90">Bootstrap 90% interval of the marginal ROAS, or null.</param>
/// <param name="ElasticityAtMaxSpend">x·f'(x)/f(x) at the largest observed spend: 1 for a straight line, → 0 when saturated.</param>
/// <param name="NearLinear">True when the data show no saturation (elasticity at max spend ≥ 0.9, the Hill half-saturation
/// in the top 10% of its box, or the logistic lam at its lower bound): the curve is near-linear over the data and its saturation level is an extrapolation.</param>
/// <param name="Diagnostics">Plain-language notes (near-linear, parameters at bounds, no effect).</param>
/// <param name="Draws">Bootstrap draws (empty without bootstrap).</param>
public sealed record ChannelFit(
    string Name,
    IResponseCurve Curve,
    IReadOnlyList<ParameterEstimate> Parameters,
    double TotalSpend,
    double Contribution,
    double ContributionShare,
    double Roas,
    Interval? RoasInterval90,
    Interval? RoasInterval95,
    double CurrentSpend,
    double MarginalRoas,
    Interval? MarginalRoasInterval90,
    double ElasticityAtMaxSpend,
    bool NearLinear,
    IReadOnlyList<string> Diagnostics,
    IReadOnlyList<CurveDraw> Draws);
