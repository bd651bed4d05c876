using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.PointFits;

/// <summary>A fitted response curve for one channel from (spend, outcome) points.</summary>
/// <param name="Family">The family fitted.</param>
/// <param name="Curve">The fitted curve: spend (currency units per period) → outcome (outcome units per period).</param>
/// <param name="Parameters">Curve parameters in data units (names as the curve's constructor: max_response,
/// half_saturation, slope, steepness, midpoint, scale, shape, coefficient, exponent, offset), each with its
/// asymptotic standard error √(s²(JᵀJ)⁻¹)_jj, s² = RSS/(n − p), and t-based 90% and 95% intervals.</param>
/// <param name="Count">Number of observations n.</param>
/// <param name="ResidualSumOfSquares">RSS = Σ(y − f(x))², outcome units squared.</param>
/// <param name="RSquared">1 − RSS/Σ(y − ȳ)².</param>
/// <param name="Rmse">√(RSS/n), outcome units.</param>
/// <param name="Aic">n·ln(RSS/n) + 2(p + 1).</param>
/// <param name="Bic">n·ln(RSS/n) + (p + 1)·ln n.</param>
/// <param name="ElasticityAtMaxSpend">x·f'(x)/f(x) at the largest observed spend (1 = straight line).</param>
/// <param name="NearLinear">True when the data show no saturation (elasticity ≥ 0.9 at the largest spend, or the
/// saturation parameter at its bound): the curve is near-linear over the data and its saturation level is not identified.</param>
/// <param name="Diagnostics">Plain-language notes.</param>
/// <param name="Iterations">LM iterations of the best start.</param>
/// <param name="ExitReason">MathNet exit condition of the best start (e.g. "Converged", "RelativePoints").</param>
public sealed record PointFitResult(
    CurveFamily Family,
    IResponseCurve Curve,
    IReadOnlyList<ParameterEstimate> Parameters,
    int Count,
    double ResidualSumOfSquares,
    double RSquared,
    double Rmse,
    double Aic,
    double Bic,
    double ElasticityAtMaxSpend,
    bool NearLinear,
    IReadOnlyList<string> Diagnostics,
    int Iterations,
    string ExitReason);
