using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// Profile-likelihood intervals for each channel's ROAS (Venzon &amp; Moolgavkar 1988, Appl. Statist. 37(1); Bates &amp;
/// Watts 1988, Nonlinear Regression Analysis, §6.1): the set of r whose profile cost
/// P(r) = min over every other parameter of the fit's cost with ROAS_c held at r stays within q·σ̂² of the optimum,
/// q the χ²₁ quantile (2.706 for 90%, 3.841 for 95%), σ̂² = RSS/(n − p − m).
/// </summary>
/// <remarks>
/// Unlike the bootstrap, which re-fits near the point estimate, the profile re-optimises every adstock and saturation
/// parameter of every channel at each r, so a flat likelihood along a shape ↔ intercept direction (an always-on
/// channel whose contribution level is an extrapolation of its curve to zero spend) widens the interval as it should.
/// Search per side: r = r̂·e^{±δ} on δ = 0.1·2^k (k = 0..5, so up to a factor e^{3.2} ≈ 25), each LM run warm-started
/// from the previous one, until the signed root √((P − P̂)/σ̂²) passes √q; the crossing is interpolated linearly in δ,
/// evaluated, and interpolated once more. Lower side: r = 0 (β = 0) is tried last; an end that never crosses is the
/// last grid point (25× or 1/25 of r̂) or 0. When r̂ = 0 (β̂ = 0) the interval starts at 0 and the upper side steps
/// linearly in units of the ROAS at which the channel would explain 1% of the outcome.
/// </remarks>
internal static class MixProfile
{
    private const double Chi2Quantile90 = 2.705543454095404;
    private const double Chi2Quantile95 = 3.841458820694124;

    /// <summary>
    /// Relative cost decrease at which a profile LM run stops: the crossing needs P − P̂ to about 0.05σ̂², i.e. ~3e-4 of
    /// the cost for n ≈ 150, so 1e-6 is ample (the point fit uses <see cref="MixSearch.Tolerance"/>).
    /// </summary>
    private const double Tolerance = 1e-6;

    /// <summary>First step δ₁ of the grid δ_k = δ₁·2^k, k = 0..<see cref="GridSteps"/> (up to e^{3.2} ≈ 25× r̂).</summary>
    private const double FirstStep = 0.1;

    private const int GridSteps = 5;

    public static (Interval? I90, Interval? I95)[] RoasIntervals(
        MixDesign design, int fitRows, double[] theta, double[] roas, double priorWeight, CancellationToken cancellationToken)
    {
        var reference = new MixObjective(design, fitRows, design.Outcome) { PriorWeight = priorWeight };
        double best = reference.EvaluateTheta(theta, null);
        double variance = reference.NoiseVariance();
        var start = design.ToSearch(theta);
        var result = new (Interval?, Interval?)[design.ChannelCount];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = design.Options.MaxDegreeOfParallelism > 0 ? design.Options.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };
        try
        {
            Parallel.For(0, design.ChannelCount, parallel, c =>
            {
                if (!(variance > 0) || !(roas[c] >= 0))
                {
                    return;
                }

                var objective = new MixObjective(design, fitRows, design.Outcome) { PriorWeight = priorWeight, ProfileChannel = c };
                int maxIterations = design.Options.MaxIterations;
                if (roas[c] > 0)
                {
                    double r = roas[c];
                    var upper = Side(objective, start, d => r * Math.Exp(d), best, variance, toZero: false, maxIterations, cancellationToken);
                    var lower = Side(objective, start, d => r * Math.Exp(-d), best, variance, toZero: true, maxIterations, cancellationToken);
                    result[c] = (new Interval(lower[0], upper[0], 0.90), new Interval(lower[1], upper[1], 0.95));
                }
                else
                {
                    // β̂ = 0: the interval starts at 0; the upper side steps in units of the ROAS at which the channel
                    // would explain 1% of the outcome.
                    double unit = 0.01 * Math.Abs(design.Outcome.Sum() * design.OutcomeScale) / design.RawSpend[c].Sum();
                    var upper = Side(objective, start, d => unit * d / FirstStep, best, variance, toZero: false, maxIterations, cancellationToken);
                    result[c] = (new Interval(0, upper[0], 0.90), new Interval(0, upper[1], 0.95));
                }
            });
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(cancellationToken);
        }

        return result;
    }

    /// <summary>The 90% and 95% ends on one side of r̂, r = value(δ) with value(0) = r̂; toZero tries r = 0 when the grid never crosses.</summary>
    private static double[] Side(MixObjective objective, double[] start, Func<double, double> value, double best, double variance, bool toZero, int maxIterations, CancellationToken cancellationToken)
    {
        var u = (double[])start.Clone();
        double Value(double delta) => delta == double.PositiveInfinity ? 0 : value(delta);
        double Root(double delta)
        {
            objective.ProfileRoas = Value(delta);
            var (point, cost, _) = LevenbergMarquardtSearch.Minimize(objective.Residuals, u, objective.ResidualCount, maxIterations, Tolerance, cancellationToken);
            u = point;
            return Math.Sqrt(Math.Max(0, cost - best) / variance);
        }

        // Grid (δ, signed root), starting at the optimum.
        var grid = new List<(double Delta, double Z)> { (0, 0) };
        double target = Math.Sqrt(Chi2Quantile95);
        for (int k = 0; k <= GridSteps && grid[^1].Z < target; k++)
        {
            double delta = FirstStep * Math.Pow(2, k);
            grid.Add((delta, Root(delta)));
        }

        if (toZero && grid[^1].Z < target)
        {
            grid.Add((double.PositiveInfinity, Root(double.PositiveInfinity)));
        }

        var ends = new double[2];
        double[] quantiles = [Chi2Quantile90, Chi2Quantile95];
        for (int i = 0; i < 2; i++)
        {
            double z = Math.Sqrt(quantiles[i]);
            int j = grid.FindIndex(g => g.Z >= z);
            if (j < 0)
            {
                ends[i] = Value(grid[^1].Delta);
                continue;
            }

            var (d0, z0) = grid[j - 1];
            var (d1, z1) = grid[j];
            if (d1 == double.PositiveInfinity)
            {
                // Between the last grid value and 0: interpolate in r itself.
                double r0 = Value(d0);
                ends[i] = r0 * (1 - ((z - z0) / (z1 - z0)));
                continue;
            }

            double mid = d0 + ((d1 - d0) * (z - z0) / Math.Max(z1 - z0, 1e-12));
            double zm = Root(mid);
            ends[i] = Value(zm >= z
                ? d0 + ((mid - d0) * (z - z0) / Math.Max(zm - z0, 1e-12))
                : mid + ((d1 - mid) * (z - zm) / Math.Max(z1 - zm, 1e-12)));
        }

        return ends;
    }
}
