using System.Diagnostics;
using System.Globalization;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// Fits a marketing-mix model to a weekly (or daily, monthly) time series and returns per-channel response
/// curves in spend units, ROAS, marginal ROAS, fit metrics, the per-period decomposition and, on request,
/// bootstrap uncertainty.
/// </summary>
/// <remarks>
/// Model (Jin et al. 2017, "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects", Google,
/// eqs. 1–4; Robyn and PyMC-Marketing use the same structure):
/// y_t = b₀ + Σ_d b_d τ_t^d + Σ_k (s_k sin(2πk d_t/P) + c_k cos(2πk d_t/P)) + Σ_j γ_j z_jt + Σ_c β_c g_c(adstock_c(x_c)_t) + ε_t.
/// Method: variable projection (Golub &amp; Pereyra 1973). The linear coefficients are solved exactly, with a small
/// scale-free ridge penalty and β_c ≥ 0 (active-set NNLS on the Gram matrix), inside a Levenberg–Marquardt
/// search over the adstock and saturation parameters of all channels jointly, from several starts. The last
/// <see cref="MarketingMixOptions.HoldoutFraction"/> of periods is held out for validation; the reported model is
/// then refitted on all periods (warm-started) unless <see cref="MarketingMixOptions.RefitOnAllData"/> is false.
/// Uncertainty: moving-block residual bootstrap (<see cref="MarketingMixOptions.BootstrapDraws"/>), in parallel.
/// </remarks>
public sealed class MarketingMixFitter
{
    /// <summary>Fits the model.</summary>
    /// <param name="data">The validated time series.</param>
    /// <param name="options">Model and search settings (defaults when null).</param>
    /// <param name="progress">Optional progress messages (phase changes, bootstrap progress).</param>
    /// <param name="cancellationToken">Deadline: checked at every LM iteration and bootstrap draw.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="FittingInputException">Invalid options, a channel with no spend (unless dropped on request), or fewer periods than parameters.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public MarketingMixResult Fit(
        MarketingMixData data,
        MarketingMixOptions? options = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var clock = Stopwatch.StartNew();
        options ??= new MarketingMixOptions();
        var violations = options.Validate().ToList();
        var (kept, dropped) = SelectChannels(data, options, violations);
        int n = data.PeriodCount;
        int holdout = (int)Math.Round(n * options.HoldoutFraction);
        int trainRows = n - holdout;
        if (violations.Count == 0)
        {
            var probe = new ChannelTransform(options.Adstock, options.Saturation, options.MaxLag);
            int parameters = 1 + options.TrendDegree + (2 * options.FourierOrder) + data.Controls.Count + (kept.Count * (probe.ParameterCount + 1));
            if (trainRows < parameters + 1)
            {
                violations.Add(new InputViolation(data.OutcomeName, null, InputRules.TooFewRows, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{trainRows} training periods ({n} rows minus {holdout} held out) for {parameters} parameters: at least {parameters + 1} are needed.")));
            }
        }

        if (violations.Count > 0)
        {
            throw new FittingInputException(violations);
        }

        var design = new MixDesign(data, kept, options);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"fitting {design.ChannelCount} channels on {trainRows} training periods ({holdout} held out)"));
        var trainObjective = new MixObjective(design, trainRows, design.Outcome);
        var (thetaTrain, _, iterations) = MixSearch.Run(design, trainObjective, [], options.Starts - 1, options.Seed, options.MaxIterations, cancellationToken);
        var trainPrediction = Unscale(trainObjective.Predict(), design.OutcomeScale);
        var actual = data.Outcome.ToArray();
        var train = FitMetrics.Compute(actual, trainPrediction, 0, trainRows);
        var holdoutMetrics = holdout > 0 ? FitMetrics.Compute(actual, trainPrediction, trainRows, n) : null;

        var final = trainObjective;
        var theta = thetaTrain;
        if (holdout > 0 && options.RefitOnAllData)
        {
            progress?.Report("refitting on all periods");
            final = new MixObjective(design, n, design.Outcome);
            (theta, _, int more) = MixSearch.Run(design, final, [thetaTrain], options.Starts - 1, options.Seed + 1, options.MaxIterations, cancellationToken);
            iterations += more;
        }

        var fittedScaled = final.Predict();
        var inSample = FitMetrics.Compute(actual, Unscale(fittedScaled, design.OutcomeScale), 0, final.FitRows);
        var currentSpend = design.RawSpend.Select(s => s.Skip(Math.Max(0, n - options.CurrentSpendPeriods)).Average()).ToArray();
        BootstrapDraw[] draws = [];
        int blockLength = 0;
        if (options.BootstrapDraws > 0)
        {
            blockLength = MixBootstrap.BlockLength(options.BlockLength, final.FitRows);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"bootstrap: {options.BootstrapDraws} draws, block length {blockLength}"));
            draws = MixBootstrap.Run(design, final.FitRows, fittedScaled, theta, currentSpend, blockLength, final.PriorWeight, progress, cancellationToken);
        }

        (Interval? I90, Interval? I95)[]? profile = null;
        if (options.RoasIntervals == RoasIntervalMethod.ProfileLikelihood)
        {
            progress?.Report("profile-likelihood ROAS intervals");
            int pb = design.Baseline.Length;
            var roas = Enumerable.Range(0, design.ChannelCount)
                .Select(c => design.OutcomeScale * final.Coefficients[pb + c] * final.Media[c].Sum() / design.RawSpend[c].Sum()).ToArray();
            profile = MixProfile.RoasIntervals(design, final.FitRows, theta, roas, final.PriorWeight, cancellationToken);
        }

        var report = new MixReport(design, data, final, theta, currentSpend, draws, trainRows, profile);
        return new MarketingMixResult(
            report.Channels(),
            [.. data.Controls.Select(c => c.Name)],
            report.Baseline(),
            train,
            holdoutMetrics,
            inSample,
            report.Decomposition(),
            holdout,
            draws.Length,
            blockLength,
            dropped,
            iterations,
            clock.Elapsed);
    }

    private static (List<int> Kept, List<string> Dropped) SelectChannels(MarketingMixData data, MarketingMixOptions options, List<InputViolation> violations)
    {
        var kept = new List<int>();
        var dropped = new List<string>();
        for (int c = 0; c < data.Channels.Count; c++)
        {
            if (data.Channels[c].Values.Any(v => v > 0))
            {
                kept.Add(c);
            }
            else if (options.DropZeroSpendChannels)
            {
                dropped.Add(data.Channels[c].Name);
            }
            else
            {
                violations.Add(new InputViolation(data.Channels[c].Name, null, InputRules.ZeroSpendChannel, "the channel has zero spend in every period; remove it or set drop_zero_spend_channels."));
            }
        }

        if (kept.Count == 0 && violations.Count == 0)
        {
            violations.Add(new InputViolation("channels", null, InputRules.ZeroSpendChannel, "every channel has zero spend in every period."));
        }

        return (kept, dropped);
    }

    private static double[] Unscale(double[] scaled, double scale) => [.. scaled.Select(v => v * scale)];
}
