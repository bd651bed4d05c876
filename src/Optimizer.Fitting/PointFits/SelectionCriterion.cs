namespace Optimizer.Fitting.PointFits;

/// <summary>Information criterion for automatic family selection (lower is better).</summary>
public enum SelectionCriterion
{
    /// <summary>Akaike: AIC = n·ln(RSS/n) + 2(p + 1) (Akaike 1974), p parameters plus the noise variance.</summary>
    Aic,

    /// <summary>Schwarz: BIC = n·ln(RSS/n) + (p + 1)·ln n (Schwarz 1978); penalises parameters more for n ≥ 8.</summary>
    Bic,
}
