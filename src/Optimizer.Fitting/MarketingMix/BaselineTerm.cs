namespace Optimizer.Fitting.MarketingMix;

/// <summary>Which part of the baseline a design column belongs to (for the decomposition).</summary>
internal enum BaselineTerm
{
    Intercept,
    Trend,
    Seasonality,
    Control,
}
