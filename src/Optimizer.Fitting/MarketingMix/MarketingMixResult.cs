namespace Optimizer.Fitting.MarketingMix;

/// <summary>Result of <see cref="MarketingMixFitter.Fit"/>.</summary>
/// <param name="Channels">Per-channel fits, in input order (dropped channels excluded).</param>
/// <param name="ControlNames">Control names, in the order used by <see cref="PeriodDecomposition.Controls"/>.</param>
/// <param name="BaselineCoefficients">Linear baseline coefficients of the reported fit in outcome units per unit of
/// the design column (intercept; trend τ^d; sin_k/cos_k; controls per standard deviation of the control).</param>
/// <param name="Train">Metrics of the training-period fit on the training periods.</param>
/// <param name="Holdout">Metrics of the training-period fit on the held-out last periods (null without holdout).</param>
/// <param name="InSample">Metrics of the reported fit on the periods it was fitted to (all periods when refitted).</param>
/// <param name="Decomposition">Per-period decomposition of the reported fit, one entry per period.</param>
/// <param name="HoldoutPeriods">Number of held-out periods.</param>
/// <param name="BootstrapDraws">Number of bootstrap draws made.</param>
/// <param name="BlockLength">Bootstrap block length used (periods), 0 without bootstrap.</param>
/// <param name="DroppedChannels">Zero-spend channels dropped at the caller's request.</param>
/// <param name="Iterations">Levenberg–Marquardt iterations of the point fits (all starts).</param>
/// <param name="Elapsed">Wall time of the whole fit.</param>
public sealed record MarketingMixResult(
    IReadOnlyList<ChannelFit> Channels,
    IReadOnlyList<string> ControlNames,
    IReadOnlyList<ParameterEstimate> BaselineCoefficients,
    FitMetrics Train,
    FitMetrics? Holdout,
    FitMetrics InSample,
    IReadOnlyList<PeriodDecomposition> Decomposition,
    int HoldoutPeriods,
    int BootstrapDraws,
    int BlockLength,
    IReadOnlyList<string> DroppedChannels,
    int Iterations,
    TimeSpan Elapsed);
