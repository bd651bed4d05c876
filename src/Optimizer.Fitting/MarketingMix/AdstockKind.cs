namespace Optimizer.Fitting.MarketingMix;

/// <summary>Carry-over (adstock) transform a_t = Σ_{l=0}^{L−1} w_l·x_{t−l} applied to a channel's spend x (x_t = 0 before the data).</summary>
public enum AdstockKind
{
    /// <summary>
    /// Geometric decay w_l = α^l, α ∈ [0.01, 0.95] (Jin et al. 2017, eq. 1; PyMC-Marketing <c>geometric_adstock</c>;
    /// Robyn "geometric"). Parameter <c>alpha</c>, dimensionless, per period.
    /// </summary>
    Geometric,

    /// <summary>
    /// Weibull-survival decay w_l = exp(−(l/λ)^k), λ ∈ [0.1, L] periods, k ∈ [0.3, 5] (the Weibull CDF
    /// adstock of the Robyn documentation, written as the survival function so that w_0 = 1). k &lt; 1 gives a
    /// long tail, k &gt; 1 a plateau then a fast fall. Parameters <c>scale</c> (periods) and <c>shape</c>.
    /// </summary>
    Weibull,
}
