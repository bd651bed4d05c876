using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>One bootstrap replicate: nonlinear parameters θ*, linear coefficients b* (scaled) and channel snapshots.</summary>
internal sealed record BootstrapDraw(double[] Theta, double[] Coefficients, ChannelSnapshot[] Channels);

/// <summary>
/// Moving-block residual bootstrap of the marketing-mix fit (Künsch 1989, Ann. Statist. 17(3); Lahiri 2003,
/// Resampling Methods for Dependent Data, §2.5 and §7 for regression with dependent errors).
/// </summary>
/// <remarks>
/// Replicate b: e* is built from blocks of length ℓ of the centred, rescaled residuals
/// ẽ_t = (ê_t − ē)·√(n_fit/(n_fit − p − m)) with ê_t = y_t − ŷ_t (t &lt; n_fit), p linear coefficients and m nonlinear
/// parameters (Davison &amp; Hinkley 1997, Bootstrap Methods and their Application, §6.2: raw least-squares residuals
/// have variance ≈ (1 − p/n)σ², so resampling them unscaled narrows the intervals), each
/// block starting at a uniform position in [0, n_fit − ℓ], concatenated and cut to n_fit; y* = ŷ + e*; the fit is
/// repeated on y* from the point estimate and, with <see cref="MarketingMixOptions.BootstrapStarts"/> &gt; 1, from the box
/// centre and random points (lowest cost wins). The shape prior, when set, is held fixed at the point fit's weight. Resampling residuals rather than rows keeps the spend
/// series, hence the adstock, intact, while blocks keep the residuals' autocorrelation. Draws are independent
/// (draw i uses the seed <c>Seed + 7919·(i + 1)</c>), so results do not depend on the thread schedule.
/// </remarks>
internal static class MixBootstrap
{
    public static BootstrapDraw[] Run(
        MixDesign design,
        int fitRows,
        double[] fittedScaled,
        double[] theta,
        double[] currentSpend,
        int blockLength,
        double priorWeight,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var options = design.Options;
        int draws = options.BootstrapDraws;
        var residuals = new double[fitRows];
        for (int t = 0; t < fitRows; t++)
        {
            residuals[t] = design.Outcome[t] - fittedScaled[t];
        }

        double mean = residuals.Average();
        // Least-squares residuals are smaller than the errors (E Σê² = (n − p)σ² for a linear model): rescale by
        // √(n/(n − p − m)) so the replicates carry the noise level of the data, not of the over-fitted residuals.
        double inflate = Math.Sqrt(fitRows / (double)Math.Max(1, fitRows - design.CoefficientCount - design.ThetaCount));
        for (int t = 0; t < fitRows; t++)
        {
            residuals[t] = (residuals[t] - mean) * inflate;
        }

        var start = design.ToSearch(theta);
        var centre = design.ToSearch(design.CentreTheta());
        var result = new BootstrapDraw[draws];
        int done = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };
        try
        {
            Parallel.For(
                0,
                draws,
                parallel,
                () => new MixObjective(design, fitRows, design.Outcome) { PriorWeight = priorWeight },
                (i, _, objective) =>
                {
                    var random = new Random(unchecked(options.Seed + (7919 * (i + 1))));
                    var y = (double[])design.Outcome.Clone();
                    int t = 0;
                    while (t < fitRows)
                    {
                        int from = random.Next(0, fitRows - blockLength + 1);
                        for (int k = 0; k < blockLength && t < fitRows; k++, t++)
                        {
                            y[t] = fittedScaled[t] + residuals[from + k];
                        }
                    }

                    objective.SetOutcome(y);
                    double[] u = start;
                    double best = double.PositiveInfinity;
                    for (int s = 0; s < options.BootstrapStarts; s++)
                    {
                        var from = s == 0 ? start : s == 1 ? centre : [.. centre.Select(v => v + (5 * random.NextDouble()) - 2.5)];
                        var (trial, cost, _) = LevenbergMarquardtSearch.Minimize(
                            objective.Residuals, from, objective.ResidualCount, options.MaxIterations, MixSearch.Tolerance, cancellationToken);
                        if (cost < best)
                        {
                            best = cost;
                            u = trial;
                        }
                    }

                    var drawTheta = new double[design.ThetaCount];
                    design.ToTheta(u, drawTheta);
                    objective.EvaluateTheta(drawTheta, null);
                    var channels = new ChannelSnapshot[design.ChannelCount];
                    int pb = design.Baseline.Length;
                    for (int c = 0; c < design.ChannelCount; c++)
                    {
                        channels[c] = ChannelSnapshot.Create(
                            design, c, drawTheta.AsSpan(design.ThetaOffsets[c], design.Transforms[c].ParameterCount),
                            objective.Coefficients[pb + c], objective.Media[c], currentSpend[c]);
                    }

                    result[i] = new BootstrapDraw(drawTheta, (double[])objective.Coefficients.Clone(), channels);
                    int count = Interlocked.Increment(ref done);
                    if (progress is not null && count % Math.Max(1, draws / 10) == 0)
                    {
                        progress.Report($"bootstrap: {count}/{draws} draws");
                    }

                    return objective;
                },
                _ => { });
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is OperationCanceledException))
        {
            // A draw saw the token first: report the cancellation itself, as the rest of the library does.
            throw new OperationCanceledException(cancellationToken);
        }
        return result;
    }

    /// <summary>ℓ = ⌈1.5·n^(1/3)⌉ unless set, clamped to [1, n].</summary>
    public static int BlockLength(int requested, int fitRows) =>
        Math.Clamp(requested > 0 ? requested : (int)Math.Ceiling(1.5 * Math.Cbrt(fitRows)), 1, fitRows);
}
