namespace Optimizer.Fitting.PointFits;

/// <summary>Response-curve families a point fit can use; all pass through the origin. API names in <see cref="CurveFamilies.Name"/>.</summary>
public enum CurveFamily
{
    /// <summary>Hill β/(1 + (κ/x)^s): <see cref="Numerics.Curves.HillCurve"/>.</summary>
    Hill,

    /// <summary>Normalised logistic with midpoint x0 ≥ 0: <see cref="Numerics.Curves.LogisticCurve"/>.</summary>
    Logistic,

    /// <summary>β(1 − e^(−x/λ)): <see cref="Numerics.Curves.ExponentialCurve"/>.</summary>
    Exponential,

    /// <summary>βx/(κ + x): <see cref="Numerics.Curves.MichaelisMentenCurve"/>.</summary>
    MichaelisMenten,

    /// <summary>β(1 − exp(−(x/λ)^k)): <see cref="Numerics.Curves.WeibullCurve"/>.</summary>
    Weibull,

    /// <summary>a·x^b, b ∈ (0, 1]: <see cref="Numerics.Curves.PowerCurve"/> (b = 1 is a straight line).</summary>
    Power,

    /// <summary>β ln(1 + x/a): <see cref="Numerics.Curves.LogarithmicCurve"/>.</summary>
    Logarithmic,
}
