namespace Optimizer.Fitting.MarketingMix;

/// <summary>The fitted outcome of one period split into additive parts (outcome units); Fitted = the sum of all parts.</summary>
/// <param name="Date">Period date.</param>
/// <param name="IsHoldout">True when the period was in the validation holdout.</param>
/// <param name="Actual">Observed outcome.</param>
/// <param name="Fitted">Model prediction.</param>
/// <param name="Intercept">Intercept part.</param>
/// <param name="Trend">Trend part.</param>
/// <param name="Seasonality">Fourier seasonality part.</param>
/// <param name="Controls">Part of each control, in the order of <see cref="MarketingMixResult.ControlNames"/>.</param>
/// <param name="Channels">Incremental outcome of each channel, in the order of <see cref="MarketingMixResult.Channels"/>.</param>
public sealed record PeriodDecomposition(
    DateOnly Date,
    bool IsHoldout,
    double Actual,
    double Fitted,
    double Intercept,
    double Trend,
    double Seasonality,
    IReadOnlyList<double> Controls,
    IReadOnlyList<double> Channels);
