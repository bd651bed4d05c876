namespace Optimizer.Fitting.MarketingMix;

/// <summary>Saturation g applied to the adstocked spend a; the channel's effect is β·g(a).</summary>
public enum SaturationKind
{
    /// <summary>
    /// Hill g(a) = a^s/(a^s + κ^s) (Jin et al. 2017, eq. 3; Robyn). Parameters <c>half_saturation</c> κ (adstock
    /// units) and <c>slope</c> s ∈ [0.5, 4]. The spend-unit curve is a <see cref="Numerics.Curves.HillCurve"/>.
    /// </summary>
    Hill,

    /// <summary>
    /// PyMC-Marketing's logistic saturation g(a) = (1 − e^(−λa))/(1 + e^(−λa)) = tanh(λa/2). Parameter
    /// <c>lam</c> λ (per adstock unit). The spend-unit curve is a <see cref="Numerics.Curves.LogisticCurve"/>
    /// with midpoint 0.
    /// </summary>
    Logistic,
}
