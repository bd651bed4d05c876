namespace Optimizer.Numerics.Curves;

/// <summary>Curvature class of a response curve on spend ≥ 0.</summary>
public enum CurveShape
{
    /// <summary>Concave on the whole half-line: diminishing returns from the first unit of spend.</summary>
    Concave,

    /// <summary>Convex below <see cref="IResponseCurve.InflectionSpend"/> and concave above it (an S-curve).</summary>
    Sigmoidal,

    /// <summary>Neither: a tabulated curve whose slopes rise and fall more than once.</summary>
    General,
}
