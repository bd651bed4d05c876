using MathNet.Numerics.LinearAlgebra;

namespace Optimizer.Fitting.Tests.MarketingMix;

/// <summary>
/// The oracle of a <see cref="SyntheticMix"/>: the true adstock and saturation shapes are known, so each channel's
/// true effect series e_c (<see cref="SyntheticMix.Effects"/>) is a regressor and only the linear coefficients are
/// estimated, by OLS on X = [1, τ, sin/cos(2πk·d/365.25) for k = 1, 2, price, e_1..e_C] (the fitter's default baseline,
/// τ = t/(n−1)). The true coefficient of every e_c is 1 and ROAS_c = b_c·Σe_c/Σx_c, so b̂_c − 1 is the oracle's
/// relative ROAS error and its standard error σ·√[(XᵀX)⁻¹]_cc (σ the generator's true noise sd) is the relative ROAS
/// standard error: the information the spend design carries about each ROAS when nothing else is unknown
/// (Gauss–Markov; e.g. Seber &amp; Lee 2003, Linear Regression Analysis, §3.3). No estimator that must also learn the
/// shapes can do better on average.
/// </summary>
internal static class SyntheticOracle
{
    /// <summary>The oracle design X (n × (6 + C)) and the column index of the first channel's effect.</summary>
    public static (Matrix<double> X, int MediaOffset) Design(SyntheticMix mix)
    {
        int n = mix.Outcome.Length;
        var cols = new List<double[]>
        {
            Enumerable.Repeat(1.0, n).ToArray(),
            Enumerable.Range(0, n).Select(t => t / (n - 1.0)).ToArray(),
        };
        for (int k = 1; k <= 2; k++)
        {
            cols.Add(mix.Dates.Select(d => Math.Sin(2 * Math.PI * k * (d.DayNumber - mix.Dates[0].DayNumber) / 365.25)).ToArray());
            cols.Add(mix.Dates.Select(d => Math.Cos(2 * Math.PI * k * (d.DayNumber - mix.Dates[0].DayNumber) / 365.25)).ToArray());
        }

        cols.Add(mix.Price);
        int pb = cols.Count;
        cols.AddRange(mix.Effects);
        return (Matrix<double>.Build.Dense(n, cols.Count, (i, j) => cols[j][i]), pb);
    }

    /// <summary>Relative ROAS standard error σ·√[(XᵀX)⁻¹]_cc per channel.</summary>
    public static double[] StandardErrors(SyntheticMix mix)
    {
        var (x, pb) = Design(mix);
        var inverse = x.TransposeThisAndMultiply(x).Inverse();
        return [.. Enumerable.Range(0, mix.Effects.Length).Select(c => mix.NoiseSd * Math.Sqrt(inverse[pb + c, pb + c]))];
    }

    /// <summary>Relative ROAS error b̂_c − 1 of the oracle's OLS fit per channel.</summary>
    public static double[] Errors(SyntheticMix mix)
    {
        var (x, pb) = Design(mix);
        var b = x.QR().Solve(Vector<double>.Build.DenseOfArray(mix.Outcome));
        return [.. Enumerable.Range(0, mix.Effects.Length).Select(c => b[pb + c] - 1)];
    }

    /// <summary>Media contribution as a share of the outcome, Σ_c Σ_t e_ct / Σ_t y_t.</summary>
    public static double MediaShare(SyntheticMix mix) => mix.Effects.Sum(e => e.Sum()) / mix.Outcome.Sum();

    /// <summary>
    /// Relative ROAS standard error when the shapes are NOT known: the asymptotic (local Cramér–Rao) standard error of
    /// the least-squares estimate of the full model at the true parameters, by the delta method (Seber &amp; Wild 1989,
    /// Nonlinear Regression, §5.1). Per channel the parameters are (b_c, α_c, ln κ_c, ln s_c), the effect
    /// b_c·β_c·h_c(ã_ct) with b_c = 1 at the truth; J holds the baseline columns and ∂effect/∂(each parameter) (central
    /// differences, step 1e-5); ROAS_c ∝ b_c·Σ_t h_c, so ∇ ln ROAS_c = (1, Σ∂e/∂α, Σ∂e/∂ln κ, Σ∂e/∂ln s)/Σe on channel
    /// c's entries, and SE = σ·√(gᵀ(JᵀJ)⁻¹g). It ignores the box bounds and the curvature beyond first order, and is
    /// what an efficient estimator of the free-shape model reaches in large samples. <paramref name="isFree"/>(c, k)
    /// (k = 1 α, 2 ln κ, 3 ln s; default all) marks the shape parameters that are estimated; the others are known.
    /// </summary>
    public static double[] FreeShapeStandardErrors(SyntheticMix mix, Func<int, int, bool>? isFree = null)
    {
        isFree ??= (_, _) => true;
        const double Step = 1e-5;
        var (x, pb) = Design(mix);
        int n = mix.Outcome.Length, channels = mix.Effects.Length;
        var columns = new List<double[]>();
        for (int j = 0; j < pb; j++)
        {
            columns.Add([.. x.Column(j)]);
        }

        var gradients = new double[channels][];
        var offsets = new int[channels];
        for (int c = 0; c < channels; c++)
        {
            double alpha = SyntheticMix.TrueAlpha[c], kappa = mix.TrueCurveKappa[c], slope = SyntheticMix.TrueSlope[c], beta = mix.TrueBeta[c];
            double total = mix.Effects[c].Sum();
            double[] Derivative(Func<double, double[]> effect) =>
                [.. effect(Step).Zip(effect(-Step), (a, b) => (a - b) / (2 * Step))];
            var d = new[]
            {
                mix.Effects[c],
                Derivative(h => SyntheticMix.Effect(mix.Spend[c], alpha + h, kappa, slope, beta)),
                Derivative(h => SyntheticMix.Effect(mix.Spend[c], alpha, kappa * Math.Exp(h), slope, beta)),
                Derivative(h => SyntheticMix.Effect(mix.Spend[c], alpha, kappa, slope * Math.Exp(h), beta)),
            };
            var kept = Enumerable.Range(0, 4).Where(k => k == 0 || isFree(c, k)).ToArray();
            gradients[c] = [.. kept.Select(k => d[k].Sum() / total)];
            offsets[c] = columns.Count;
            columns.AddRange(kept.Select(k => d[k]));
        }

        var j2 = Matrix<double>.Build.Dense(n, columns.Count, (i, j) => columns[j][i]);
        var inverse = j2.TransposeThisAndMultiply(j2).Inverse();
        var result = new double[channels];
        for (int c = 0; c < channels; c++)
        {
            int at = offsets[c], m = gradients[c].Length;
            double v = 0;
            for (int a = 0; a < m; a++)
            {
                for (int b = 0; b < m; b++)
                {
                    v += gradients[c][a] * inverse[at + a, at + b] * gradients[c][b];
                }
            }

            result[c] = mix.NoiseSd * Math.Sqrt(v);
        }

        return result;
    }

    /// <summary>
    /// The oracle over the calibration seeds 101..100 + <paramref name="seeds"/> of <paramref name="profile"/>: per
    /// channel the mean and largest known-shape standard error, the RMS of the oracle's actual errors, the mean spend
    /// share and true ROAS, the number of seeds with ≥ 20% of spend, and the mean media share of the outcome; with
    /// <paramref name="freeShapes"/>, also the mean and largest free-shape standard error (the costly part).
    /// </summary>
    public static OracleSummary Summarize(SpendProfile profile, int seeds, double noise = 0.05, bool freeShapes = false)
    {
        int n = SyntheticMix.Names.Length;
        double[] se = new double[n], worst = new double[n], squared = new double[n], share = new double[n], roas = new double[n];
        double[] free = new double[n], worstFree = new double[n];
        var big = new int[n];
        double media = 0;
        for (int seed = 101; seed <= 100 + seeds; seed++)
        {
            var mix = new SyntheticMix(seed, noise: noise, profile: profile);
            var standardErrors = StandardErrors(mix);
            var errors = Errors(mix);
            var freeShape = freeShapes ? FreeShapeStandardErrors(mix) : null;
            media += MediaShare(mix) / seeds;
            for (int c = 0; c < n; c++)
            {
                se[c] += standardErrors[c] / seeds;
                worst[c] = Math.Max(worst[c], standardErrors[c]);
                squared[c] += errors[c] * errors[c] / seeds;
                share[c] += mix.SpendShare[c] / seeds;
                roas[c] += mix.TrueRoas[c] / seeds;
                big[c] += mix.SpendShare[c] >= 0.2 ? 1 : 0;
                if (freeShape is not null)
                {
                    free[c] += freeShape[c] / seeds;
                    worstFree[c] = Math.Max(worstFree[c], freeShape[c]);
                }
            }
        }

        return new OracleSummary(se, worst, [.. squared.Select(Math.Sqrt)], share, roas, big, media, freeShapes ? free : null, freeShapes ? worstFree : null);
    }
}

/// <summary>What <see cref="SyntheticOracle.Summarize"/> measured; arrays are per channel, relative errors as fractions.</summary>
/// <param name="StandardError">Mean known-shape ROAS standard error.</param>
/// <param name="WorstStandardError">Largest known-shape standard error over the seeds.</param>
/// <param name="RmsError">Root-mean-square of the oracle's actual relative ROAS errors.</param>
/// <param name="SpendShare">Mean share of total spend.</param>
/// <param name="TrueRoas">Mean true ROAS.</param>
/// <param name="BigSeeds">Seeds on which the channel had ≥ 20% of spend.</param>
/// <param name="MediaShare">Mean media contribution as a share of the outcome.</param>
/// <param name="FreeShapeStandardError">Mean free-shape standard error, or null when not asked for.</param>
/// <param name="WorstFreeShapeStandardError">Largest free-shape standard error, or null when not asked for.</param>
internal sealed record OracleSummary(
    double[] StandardError,
    double[] WorstStandardError,
    double[] RmsError,
    double[] SpendShare,
    double[] TrueRoas,
    int[] BigSeeds,
    double MediaShare,
    double[]? FreeShapeStandardError,
    double[]? WorstFreeShapeStandardError);
