namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// The fixed part of a marketing-mix regression, built once per fit and shared read-only by all threads:
/// scaled outcome, scaled spend per channel, baseline design columns and the channel transforms.
/// </summary>
/// <remarks>
/// Scaling (undone in every reported number): outcome ỹ = y/y_s with y_s = mean |y|; spend x̃_c = x_c/s_c with
/// s_c = mean of the channel's positive spends; controls standardised (z-scores over all periods). Baseline
/// columns, all length n: [1, τ, …, τ^D, sin(2πk·d_t/P), cos(2πk·d_t/P) for k = 1..K, controls], τ = t/(n−1),
/// d_t = days since the first date, P the seasonal period in days.
/// </remarks>
internal sealed class MixDesign
{
    public MixDesign(MarketingMixData data, IReadOnlyList<int> channelIndices, MarketingMixOptions options)
    {
        N = data.PeriodCount;
        Options = options;
        OutcomeScale = Math.Max(data.Outcome.Average(Math.Abs), double.Epsilon);
        Outcome = [.. data.Outcome.Select(v => v / OutcomeScale)];
        ChannelNames = [.. channelIndices.Select(i => data.Channels[i].Name)];
        RawSpend = [.. channelIndices.Select(i => data.Channels[i].Values.ToArray())];
        SpendScale = [.. RawSpend.Select(s => s.Where(v => v > 0).DefaultIfEmpty(1).Average())];
        ScaledSpend = [.. RawSpend.Select((s, c) => s.Select(v => v / SpendScale[c]).ToArray())];
        var transform = new ChannelTransform(options.Adstock, options.Saturation, options.MaxLag);
        Transforms = [.. ChannelNames.Select(_ => transform)];
        ThetaOffsets = new int[ChannelNames.Length + 1];
        for (int c = 0; c < ChannelNames.Length; c++)
        {
            ThetaOffsets[c + 1] = ThetaOffsets[c] + Transforms[c].ParameterCount;
        }

        var columns = new List<double[]>();
        var terms = new List<BaselineTerm>();
        var names = new List<string>();
        columns.Add([.. Enumerable.Repeat(1.0, N)]);
        terms.Add(BaselineTerm.Intercept);
        names.Add("intercept");
        for (int d = 1; d <= options.TrendDegree; d++)
        {
            columns.Add([.. Enumerable.Range(0, N).Select(t => Math.Pow(N > 1 ? t / (N - 1.0) : 0, d))]);
            terms.Add(BaselineTerm.Trend);
            names.Add(d == 1 ? "trend" : $"trend^{d}");
        }

        int day0 = data.Dates[0].DayNumber;
        for (int k = 1; k <= options.FourierOrder; k++)
        {
            double omega = 2 * Math.PI * k / options.SeasonalPeriodDays;
            columns.Add([.. data.Dates.Select(d => Math.Sin(omega * (d.DayNumber - day0)))]);
            columns.Add([.. data.Dates.Select(d => Math.Cos(omega * (d.DayNumber - day0)))]);
            terms.Add(BaselineTerm.Seasonality);
            terms.Add(BaselineTerm.Seasonality);
            names.Add($"sin_{k}");
            names.Add($"cos_{k}");
        }

        ControlMeans = new double[data.Controls.Count];
        ControlScales = new double[data.Controls.Count];
        for (int j = 0; j < data.Controls.Count; j++)
        {
            var v = data.Controls[j].Values;
            double mean = v.Average();
            double sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, N - 1));
            ControlMeans[j] = mean;
            ControlScales[j] = sd > 0 ? sd : 1;
            columns.Add([.. v.Select(x => (x - mean) / ControlScales[j])]);
            terms.Add(BaselineTerm.Control);
            names.Add(data.Controls[j].Name);
        }

        Baseline = [.. columns];
        BaselineTerms = [.. terms];
        BaselineNames = [.. names];
    }

    public int N { get; }

    public MarketingMixOptions Options { get; }

    public double OutcomeScale { get; }

    /// <summary>ỹ, shape (n,).</summary>
    public double[] Outcome { get; }

    public string[] ChannelNames { get; }

    public int ChannelCount => ChannelNames.Length;

    /// <summary>Raw spend per channel, shape (C, n).</summary>
    public double[][] RawSpend { get; }

    /// <summary>s_c per channel.</summary>
    public double[] SpendScale { get; }

    /// <summary>x̃ per channel, shape (C, n).</summary>
    public double[][] ScaledSpend { get; }

    public ChannelTransform[] Transforms { get; }

    /// <summary>Channel c's parameters are θ[ThetaOffsets[c] .. ThetaOffsets[c+1]).</summary>
    public int[] ThetaOffsets { get; }

    public int ThetaCount => ThetaOffsets[^1];

    /// <summary>Baseline columns, shape (p_B, n).</summary>
    public double[][] Baseline { get; }

    public BaselineTerm[] BaselineTerms { get; }

    public string[] BaselineNames { get; }

    public double[] ControlMeans { get; }

    public double[] ControlScales { get; }

    /// <summary>Total number of linear coefficients p = p_B + C.</summary>
    public int CoefficientCount => Baseline.Length + ChannelNames.Length;

    /// <summary>Maps search variables u to bounded θ.</summary>
    public void ToTheta(ReadOnlySpan<double> u, Span<double> theta)
    {
        for (int c = 0; c < ChannelCount; c++)
        {
            var boxes = Transforms[c].Boxes;
            for (int j = 0; j < boxes.Length; j++)
            {
                theta[ThetaOffsets[c] + j] = boxes[j].ToBounded(u[ThetaOffsets[c] + j]);
            }
        }
    }

    /// <summary>Maps bounded θ to search variables u.</summary>
    public double[] ToSearch(ReadOnlySpan<double> theta)
    {
        var u = new double[ThetaCount];
        for (int c = 0; c < ChannelCount; c++)
        {
            var boxes = Transforms[c].Boxes;
            for (int j = 0; j < boxes.Length; j++)
            {
                u[ThetaOffsets[c] + j] = boxes[j].ToUnbounded(theta[ThetaOffsets[c] + j]);
            }
        }

        return u;
    }

    /// <summary>The centre start θ₀.</summary>
    public double[] CentreTheta() => [.. Transforms.SelectMany(t => t.Centre)];
}
