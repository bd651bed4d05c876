namespace Optimizer.Fitting.PointFits;

/// <summary>Settings of a point fit.</summary>
public sealed record PointFitOptions
{
    /// <summary>Number of Levenberg–Marquardt starts per family (1..16). Default 4.</summary>
    public int Starts { get; init; } = 4;

    /// <summary>Maximum LM iterations per start. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Criterion for <see cref="CurveFitter.FitBest"/>. Default AIC.</summary>
    public SelectionCriterion Criterion { get; init; } = SelectionCriterion.Aic;

    /// <summary>Families tried by <see cref="CurveFitter.FitBest"/>; null for all.</summary>
    public IReadOnlyList<CurveFamily>? Candidates { get; init; }
}
