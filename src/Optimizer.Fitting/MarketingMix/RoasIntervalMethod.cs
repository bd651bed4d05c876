namespace Optimizer.Fitting.MarketingMix;

/// <summary>How <see cref="ChannelFit.RoasInterval90"/> and <see cref="ChannelFit.RoasInterval95"/> are computed.</summary>
public enum RoasIntervalMethod
{
    /// <summary>Equal-tailed percentiles of the bootstrap draws' ROAS (none without draws).</summary>
    Bootstrap,

    /// <summary>
    /// Profile likelihood: the ROAS values whose best fit, re-optimising every other parameter, costs at most the
    /// χ²₁ quantile times σ̂² more than the optimum (see <c>MixProfile</c>). Available without bootstrap draws.
    /// </summary>
    ProfileLikelihood,
}
