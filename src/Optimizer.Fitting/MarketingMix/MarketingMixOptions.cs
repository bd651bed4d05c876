namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// Model and search settings of a marketing-mix fit. Defaults follow Jin et al. (2017) and the
/// PyMC-Marketing example (geometric adstock, l_max 8, normalised; Hill saturation; Fourier order 2 on a
/// yearly period; linear trend).
/// </summary>
public sealed record MarketingMixOptions
{
    /// <summary>Carry-over transform. Default geometric.</summary>
    public AdstockKind Adstock { get; init; } = AdstockKind.Geometric;

    /// <summary>Saturation transform. Default Hill.</summary>
    public SaturationKind Saturation { get; init; } = SaturationKind.Hill;

    /// <summary>L = l_max, the number of adstock weights w_0..w_{L−1} (periods), 1..104. Default 8.</summary>
    public int MaxLag { get; init; } = 8;

    /// <summary>
    /// True: weights divided by S = Σw (PyMC-Marketing <c>normalize=True</c>), so steady-state adstock of a
    /// constant spend x is x. False: raw weights, steady-state adstock x·S. The fitted curve in spend units is
    /// the same either way (the saturation scale absorbs S); only the reported half-saturation / lam change.
    /// </summary>
    public bool NormalizeAdstock { get; init; } = true;

    /// <summary>Polynomial trend degree D (terms τ, …, τ^D with τ = t/(n−1)); 0 for none. 0..3, default 1.</summary>
    public int TrendDegree { get; init; } = 1;

    /// <summary>Fourier order K (K sine + K cosine terms of period <see cref="SeasonalPeriodDays"/>); 0 for none. Default 2.</summary>
    public int FourierOrder { get; init; } = 2;

    /// <summary>Seasonal period in days. Default 365.25 (yearly).</summary>
    public double SeasonalPeriodDays { get; init; } = 365.25;

    /// <summary>Share of the last periods held out for validation, in [0, 0.5). Default 0.1.</summary>
    public double HoldoutFraction { get; init; } = 0.1;

    /// <summary>
    /// Ridge penalty λ ≥ 0 on every coefficient but the intercept, scaled by each column's sum of squared
    /// deviations: penalty λ·Σ_j β_j²·Σ_t(X_tj − X̄_j)² (so it is scale-free). Default 1e-3 (a guard against
    /// collinearity that shrinks coefficients by about 0.1%).
    /// </summary>
    public double RidgePenalty { get; init; } = 1e-3;

    /// <summary>
    /// Penalty λ_β ≥ 0 on the size of each media effect: λ_β·n·β̃_c², with β̃_c the channel's maximum effect as a
    /// multiple of the mean outcome. It breaks the tie between the intercept and a channel whose saturated column
    /// is nearly constant (β → ∞, intercept → −∞, absurd ROAS) at a cost of about λ_β/var(g_c) relative
    /// shrinkage for identified channels (well under 1% at the default 1e-5).
    /// </summary>
    public double EffectPenalty { get; init; } = 1e-5;

    /// <summary>
    /// Standard deviation τ ≥ 0 of the log-normal prior on the Hill shape parameters (0: no prior, the search is
    /// plain least squares). With τ &gt; 0 the search minimises RSS + σ̂²·Σ((ln θ_j − ln μ_j)/τ)² over the half-saturation
    /// κ̃ (in units of the channel's mean positive spend, prior median μ = 1) and the slope s (μ = 1): a MAP estimate under
    /// Gaussian noise with variance σ̂² (estimated from the fit) and independent log-normal priors, i.e. a ridge penalty
    /// on the log shape parameters. Centres follow Meridian's defaults (half-saturation prior centred near the median
    /// media level, Hill slope 1); τ = 0.5 means a factor e^0.5 ≈ 1.65 per prior standard deviation. Default 0.
    /// </summary>
    public double ShapePriorSd { get; init; }

    /// <summary>Number of starts of the nonlinear search (the first at the centre of the box, the rest random). Default 6.</summary>
    public int Starts { get; init; } = 6;

    /// <summary>Maximum Levenberg–Marquardt iterations per start. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// True (default): after the holdout validation, refit on all periods and report curves, ROAS and
    /// decomposition from that fit. False: keep the training-period fit.
    /// </summary>
    public bool RefitOnAllData { get; init; } = true;

    /// <summary>"Current spend" for marginal ROAS: mean spend of the last this-many periods. Default 13 (a quarter of weeks).</summary>
    public int CurrentSpendPeriods { get; init; } = 13;

    /// <summary>Number of moving-block bootstrap draws (0: no uncertainty). Default 0.</summary>
    public int BootstrapDraws { get; init; }

    /// <summary>
    /// LM starts per bootstrap draw, 1..10: the point estimate, then the box centre, then random points (as in the
    /// point fit); the lowest cost wins. More than one lets a replicate leave the point estimate's basin, so the
    /// draws reflect multimodality instead of understating it. Default 1 (warm start only).
    /// </summary>
    public int BootstrapStarts { get; init; } = 1;

    /// <summary>
    /// Method of the ROAS intervals: bootstrap percentiles (default) or profile likelihood, which re-optimises every
    /// adstock and saturation parameter at each candidate ROAS and so widens where the data leave the curve's shape open.
    /// </summary>
    public RoasIntervalMethod RoasIntervals { get; init; } = RoasIntervalMethod.Bootstrap;

    /// <summary>Bootstrap block length in periods; 0 picks ⌈1.5·n^(1/3)⌉ (Hall, Horowitz &amp; Jing 1995). Default 0.</summary>
    public int BlockLength { get; init; }

    /// <summary>Worker threads for the bootstrap; 0 uses every core. Default 0.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// False (default): a channel whose spend is zero in every period is an error naming it. True: such channels
    /// are dropped and listed in <see cref="MarketingMixResult.DroppedChannels"/>.
    /// </summary>
    public bool DropZeroSpendChannels { get; init; }

    /// <summary>Seed of the random starts and of the bootstrap (results are reproducible for a given seed). Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Checks every option; returns the violations (empty when valid).</summary>
    public IReadOnlyList<InputViolation> Validate()
    {
        var v = new List<InputViolation>();
        Check(v, MaxLag is >= 1 and <= 104, "max_lag", "must be in 1..104");
        Check(v, TrendDegree is >= 0 and <= 3, "trend_degree", "must be in 0..3");
        Check(v, FourierOrder is >= 0 and <= 10, "fourier_order", "must be in 0..10");
        Check(v, SeasonalPeriodDays > 1 && double.IsFinite(SeasonalPeriodDays), "seasonal_period_days", "must be > 1");
        Check(v, HoldoutFraction is >= 0 and < 0.5, "holdout_fraction", "must be in [0, 0.5)");
        Check(v, RidgePenalty >= 0 && double.IsFinite(RidgePenalty), "ridge_penalty", "must be ≥ 0");
        Check(v, EffectPenalty >= 0 && double.IsFinite(EffectPenalty), "effect_penalty", "must be ≥ 0");
        Check(v, ShapePriorSd >= 0 && double.IsFinite(ShapePriorSd), "shape_prior_sd", "must be ≥ 0");
        Check(v, Starts is >= 1 and <= 100, "starts", "must be in 1..100");
        Check(v, MaxIterations is >= 1 and <= 10_000, "max_iterations", "must be in 1..10000");
        Check(v, CurrentSpendPeriods >= 1, "current_spend_periods", "must be ≥ 1");
        Check(v, BootstrapDraws is >= 0 and <= 100_000, "bootstrap_draws", "must be in 0..100000");
        Check(v, BootstrapStarts is >= 1 and <= 10, "bootstrap_starts", "must be in 1..10");
        Check(v, Enum.IsDefined(RoasIntervals), "roas_intervals", "must be bootstrap or profile_likelihood");
        Check(v, BlockLength >= 0, "block_length", "must be ≥ 0");
        Check(v, MaxDegreeOfParallelism >= 0, "max_degree_of_parallelism", "must be ≥ 0");
        return v;
    }

    private static void Check(List<InputViolation> violations, bool ok, string field, string rule)
    {
        if (!ok)
        {
            violations.Add(new InputViolation(field, null, InputRules.Option, rule + "."));
        }
    }
}
