namespace Optimizer.Fitting.PointFits;

/// <summary>Result of <see cref="CurveFitter.FitBest"/>: the selected fit and every candidate.</summary>
/// <param name="Best">The candidate with the lowest criterion (see <see cref="CurveFitter.FitBest"/> for the near-linear rule).</param>
/// <param name="Candidates">Every family that could be fitted, in the order tried.</param>
/// <param name="Criterion">The criterion used.</param>
public sealed record CurveSelectionResult(PointFitResult Best, IReadOnlyList<PointFitResult> Candidates, SelectionCriterion Criterion);
