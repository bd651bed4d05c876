using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// The nonlinear part of one channel: adstock then saturation, on spend scaled by the channel's mean
/// positive spend s_c. Computes the media column m_t = g(ã_t) with ã_t = (Σ_l w_l·x_{t−l}) / (S·s_c),
/// S = Σ_l w_l, so that ã is the normalised adstock in units of s_c and a constant spend x has steady-state
/// ã = x/s_c whatever the normalisation.
/// </summary>
/// <remarks>
/// Parameter vector θ (bounded, in this order): geometric [α] or Weibull [λ periods, k]; then Hill [κ̃, s] or
/// logistic [λ̃], where κ̃ and λ̃ are in units of s_c. Bounds: α ∈ [0.01, 0.95]; λ ∈ [0.1, L]; k ∈ [0.3, 5];
/// κ̃ ∈ [0.3, 3]; s ∈ [0.5, 3]; λ̃ ∈ [0.02, 20]. As in Robyn (whose Hill inflexion is searched within the range
/// of the adstocked spend, shape within [0.5, 3]), the half-saturation is kept within the spend levels the data
/// show: a wider box lets a convex power curve β·(ã/κ̃)^s with huge β and κ̃ fit noise, and ROAS explode. The
/// upper κ̃ and lower λ̃ bounds mean "no saturation in sight"; an estimate there is flagged as near-linear.
/// </remarks>
internal sealed class ChannelTransform
{
    private readonly int _adstockCount;

    public ChannelTransform(AdstockKind adstock, SaturationKind saturation, int maxLag)
    {
        Adstock = adstock;
        Saturation = saturation;
        MaxLag = maxLag;
        var boxes = new List<BoxTransform>();
        var centre = new List<double>();
        if (adstock == AdstockKind.Geometric)
        {
            boxes.Add(new BoxTransform(0.01, 0.95));
            centre.Add(0.3);
        }
        else
        {
            boxes.Add(new BoxTransform(0.1, Math.Max(maxLag, 1.0)));
            boxes.Add(new BoxTransform(0.3, 5));
            centre.Add(Math.Max(0.5, maxLag / 4.0));
            centre.Add(1.0);
        }

        _adstockCount = boxes.Count;
        if (saturation == SaturationKind.Hill)
        {
            boxes.Add(new BoxTransform(0.3, 3));
            boxes.Add(new BoxTransform(0.5, 3));
            centre.Add(1.0);
            centre.Add(1.2);
        }
        else
        {
            boxes.Add(new BoxTransform(0.02, 20));
            centre.Add(1.0);
        }

        Boxes = [.. boxes];
        Centre = [.. centre];
    }

    public AdstockKind Adstock { get; }

    public SaturationKind Saturation { get; }

    public int MaxLag { get; }

    /// <summary>Indices (within the channel's θ) of the parameters under the log-normal shape prior: Hill κ̃ and s; none for logistic.</summary>
    public int[] PriorIndices => Saturation == SaturationKind.Hill ? [_adstockCount, _adstockCount + 1] : [];

    /// <summary>Number of nonlinear parameters of the channel.</summary>
    public int ParameterCount => Boxes.Length;

    /// <summary>Box of each parameter.</summary>
    public BoxTransform[] Boxes { get; }

    /// <summary>Centre start, bounded values.</summary>
    public double[] Centre { get; }

    /// <summary>Raw adstock weights w_0..w_{L−1} (not normalised).</summary>
    public void Weights(ReadOnlySpan<double> theta, Span<double> w)
    {
        if (Adstock == AdstockKind.Geometric)
        {
            double alpha = theta[0];
            double p = 1;
            for (int l = 0; l < w.Length; l++)
            {
                w[l] = p;
                p *= alpha;
            }
        }
        else
        {
            double scale = theta[0], shape = theta[1];
            for (int l = 0; l < w.Length; l++)
            {
                w[l] = Math.Exp(-Math.Pow(l / scale, shape));
            }
        }
    }

    /// <summary>S = Σ w_l, the steady-state gain of the raw weights.</summary>
    public double WeightSum(ReadOnlySpan<double> theta)
    {
        Span<double> w = stackalloc double[MaxLag];
        Weights(theta, w);
        double s = 0;
        foreach (double v in w)
        {
            s += v;
        }

        return s;
    }

    /// <summary>g(ã) for scaled normalised adstock ã ≥ 0.</summary>
    public double Saturate(double scaledAdstock, ReadOnlySpan<double> theta)
    {
        if (scaledAdstock <= 0)
        {
            return 0;
        }

        if (Saturation == SaturationKind.Hill)
        {
            double kappa = theta[_adstockCount], slope = theta[_adstockCount + 1];
            return 1 / (1 + Math.Exp(slope * (Math.Log(kappa) - Math.Log(scaledAdstock))));
        }

        return Math.Tanh(theta[_adstockCount] * scaledAdstock / 2);
    }

    /// <summary>Fills m_t = g(ã_t) for the scaled spend x̃ (x/s_c), t = 0..n−1.</summary>
    public void Apply(ReadOnlySpan<double> scaledSpend, ReadOnlySpan<double> theta, Span<double> column)
    {
        Span<double> w = stackalloc double[MaxLag];
        Weights(theta, w);
        double sum = 0;
        foreach (double v in w)
        {
            sum += v;
        }

        for (int l = 0; l < w.Length; l++)
        {
            w[l] /= sum;
        }

        for (int t = 0; t < scaledSpend.Length; t++)
        {
            double a = 0;
            int lags = Math.Min(w.Length, t + 1);
            for (int l = 0; l < lags; l++)
            {
                a += w[l] * scaledSpend[t - l];
            }

            column[t] = Saturate(a, theta);
        }
    }
}
