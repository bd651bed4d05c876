namespace Optimizer.Allocation.Model;

/// <summary>
/// Ratio between the spend of two channel sets: MinRatio·Σ_{D} x ≤ Σ_{N} x ≤ MaxRatio·Σ_{D} x
/// (for example search ≤ 2 × social). Absent bounds are null.
/// </summary>
/// <param name="Name">Constraint name, used in messages and shadow prices.</param>
/// <param name="Numerator">Channel indices of the numerator set N; shape (k,).</param>
/// <param name="Denominator">Channel indices of the denominator set D; shape (m,).</param>
/// <param name="MinRatio">Lower bound on Σ_N / Σ_D, ≥ 0.</param>
/// <param name="MaxRatio">Upper bound on Σ_N / Σ_D, ≥ 0.</param>
public sealed record RatioConstraint(
    string Name,
    IReadOnlyList<int> Numerator,
    IReadOnlyList<int> Denominator,
    double? MinRatio = null,
    double? MaxRatio = null);
