using Optimizer.Fitting.Internal;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// Variable-projection objective of the marketing-mix fit (Golub &amp; Pereyra 1973, "The differentiation of
/// pseudo-inverses and nonlinear least squares problems whose variables separate", SIAM J. Numer. Anal. 10):
/// for nonlinear parameters θ, build the media columns m_c(θ), solve the linear coefficients exactly by
/// ridge-penalised least squares with β_media ≥ 0 (media penalty π_c = λ·Σ(m_ct − m̄_c)² + λ_β·n_fit on the
/// scaled β̃_c, see <see cref="MarketingMixOptions.EffectPenalty"/>), and return the residuals
/// r(θ) = [ỹ_t − X(θ)·b̂(θ) for t &lt; n_fit ; √π_j·b̂_j for the penalised j].
/// Not thread-safe: one instance per thread (scratch buffers are reused across evaluations).
/// </summary>
internal sealed class MixObjective
{
    private readonly MixDesign _design;
    private readonly double[] _gram;
    private readonly double[] _rhs;
    private readonly double[] _baselinePenalty;
    private readonly double[] _mediaPenalty;
    private readonly bool[] _constrained;
    private readonly double[] _theta;
    private readonly double[] _cachedTheta;
    private readonly double[][] _crossBaseline;
    private readonly int[] _priorIndex;
    private readonly double[] _profileRhs;
    private double[] _y;

    public MixObjective(MixDesign design, int fitRows, double[] scaledOutcome)
    {
        _design = design;
        FitRows = fitRows;
        int p = design.CoefficientCount;
        int pb = design.Baseline.Length;
        _gram = new double[p * p];
        _rhs = new double[p];
        _constrained = new bool[p];
        for (int j = pb; j < p; j++)
        {
            _constrained[j] = true;
        }

        _baselinePenalty = new double[pb];
        for (int j = 1; j < pb; j++)
        {
            _baselinePenalty[j] = design.Options.RidgePenalty * SumSquaredDeviation(design.Baseline[j].AsSpan(0, fitRows));
        }

        _mediaPenalty = new double[design.ChannelCount];
        _theta = new double[design.ThetaCount];
        _cachedTheta = [.. Enumerable.Repeat(double.NaN, design.ThetaCount)];
        _crossBaseline = [.. Enumerable.Range(0, design.ChannelCount).Select(_ => new double[pb])];
        Media = [.. Enumerable.Range(0, design.ChannelCount).Select(_ => new double[design.N])];
        Coefficients = new double[p];
        _profileRhs = new double[p];
        _priorIndex = [.. Enumerable.Range(0, design.ChannelCount).SelectMany(c => design.Transforms[c].PriorIndices.Select(j => design.ThetaOffsets[c] + j))];
        _y = scaledOutcome;
        for (int i = 0; i < pb; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double v = Dot(Column(i), Column(j));
                _gram[(i * p) + j] = v;
                _gram[(j * p) + i] = v;
            }

            _gram[(i * p) + i] += _baselinePenalty[i];
        }

        SetOutcome(scaledOutcome);
    }

    /// <summary>Rows 0..FitRows−1 enter the fit.</summary>
    public int FitRows { get; }

    /// <summary>Residual vector length for the search: FitRows + p + number of prior terms.</summary>
    public int ResidualCount => FitRows + _design.CoefficientCount + _priorIndex.Length;

    /// <summary>
    /// Weight w = σ̂/τ of the shape-prior residuals w·ln θ_j (0: no prior), so that Σr² = RSS + σ̂²·Σ(ln θ_j/τ)²:
    /// −2σ̂²·log posterior up to a constant (see <see cref="MarketingMixOptions.ShapePriorSd"/>).
    /// </summary>
    public double PriorWeight { get; set; }

    /// <summary>
    /// Channel c whose ROAS is held at <see cref="ProfileRoas"/> (−1, default: none). Its coefficient is then not
    /// solved but set to b̃_c = r·Σ_t x_ct / (y_s·Σ_t m_ct) (all n periods, as the reported ROAS), and the other
    /// coefficients are solved given it: the constrained problem of a profile likelihood for ROAS_c.
    /// </summary>
    public int ProfileChannel { get; set; } = -1;

    /// <summary>ROAS r (outcome per currency unit) at which <see cref="ProfileChannel"/> is held.</summary>
    public double ProfileRoas { get; set; }

    /// <summary>σ̂² = Σ_t e_t²/(n_fit − p − m) of the last evaluation (data rows only; m nonlinear parameters).</summary>
    public double NoiseVariance()
    {
        double sse = 0;
        for (int t = 0; t < FitRows; t++)
        {
            double e = _y[t] - Row(t);
            sse += e * e;
        }

        return sse / Math.Max(1, FitRows - _design.CoefficientCount - _design.ThetaCount);
    }

    /// <summary>Media columns m_c of the last evaluation, shape (C, n), all n periods.</summary>
    public double[][] Media { get; }

    /// <summary>Linear coefficients b̂ of the last evaluation: baseline then media (scaled units).</summary>
    public double[] Coefficients { get; }

    /// <summary>Replaces the (scaled) outcome, e.g. with a bootstrap replicate.</summary>
    public void SetOutcome(double[] scaledOutcome)
    {
        _y = scaledOutcome;
        for (int i = 0; i < _design.Baseline.Length; i++)
        {
            _rhs[i] = Dot(Column(i), _y.AsSpan(0, FitRows));
        }
    }

    /// <summary>The residual function for <see cref="LevenbergMarquardtSearch"/> over search variables u.</summary>
    public double Residuals(ReadOnlySpan<double> u, double[] residuals)
    {
        _design.ToTheta(u, _theta);
        return EvaluateTheta(_theta, residuals);
    }

    /// <summary>Evaluates at bounded θ; fills residuals (length <see cref="ResidualCount"/>, or null) and returns Σr².</summary>
    public double EvaluateTheta(ReadOnlySpan<double> theta, double[]? residuals)
    {
        var d = _design;
        for (int c = 0; c < d.ChannelCount; c++)
        {
            // Only channels whose parameters changed are recomputed (one per finite-difference evaluation).
            var slice = theta[d.ThetaOffsets[c]..d.ThetaOffsets[c + 1]];
            var cached = _cachedTheta.AsSpan(d.ThetaOffsets[c], slice.Length);
            if (slice.SequenceEqual(cached))
            {
                continue;
            }

            slice.CopyTo(cached);
            d.Transforms[c].Apply(d.ScaledSpend[c], slice, Media[c]);
            _mediaPenalty[c] = (d.Options.RidgePenalty * SumSquaredDeviation(Media[c].AsSpan(0, FitRows))) + (d.Options.EffectPenalty * FitRows);
            for (int j = 0; j < d.Baseline.Length; j++)
            {
                _crossBaseline[c][j] = Dot(Media[c].AsSpan(0, FitRows), Column(j));
            }
        }

        BuildNormalEquations();
        if (!GramNonNegativeLeastSquares.Solve(_gram, ProfileChannel >= 0 ? HoldProfileChannel() : _rhs, _constrained, Coefficients))
        {
            Array.Clear(Coefficients);
        }

        return FillResiduals(theta, residuals);
    }

    /// <summary>Fitted values X·b̂ for all n periods (scaled units).</summary>
    public double[] Predict()
    {
        var d = _design;
        var yhat = new double[d.N];
        for (int t = 0; t < d.N; t++)
        {
            yhat[t] = Row(t);
        }

        return yhat;
    }

    private double Row(int t)
    {
        var d = _design;
        int pb = d.Baseline.Length;
        double s = 0;
        for (int j = 0; j < pb; j++)
        {
            s += d.Baseline[j][t] * Coefficients[j];
        }

        for (int c = 0; c < d.ChannelCount; c++)
        {
            s += Media[c][t] * Coefficients[pb + c];
        }

        return s;
    }

    private double FillResiduals(ReadOnlySpan<double> theta, double[]? residuals)
    {
        var d = _design;
        int pb = d.Baseline.Length;
        double sse = 0;
        for (int t = 0; t < FitRows; t++)
        {
            double e = _y[t] - Row(t);
            sse += e * e;
            if (residuals is not null)
            {
                residuals[t] = e;
            }
        }

        for (int j = 0; j < d.CoefficientCount; j++)
        {
            double pen = j < pb ? _baselinePenalty[j] : _mediaPenalty[j - pb];
            double e = Math.Sqrt(pen) * Coefficients[j];
            sse += e * e;
            if (residuals is not null)
            {
                residuals[FitRows + j] = e;
            }
        }

        for (int k = 0; k < _priorIndex.Length; k++)
        {
            double e = PriorWeight * Math.Log(theta[_priorIndex[k]]);
            sse += e * e;
            if (residuals is not null)
            {
                residuals[FitRows + d.CoefficientCount + k] = e;
            }
        }

        return sse;
    }

    /// <summary>
    /// Fixes the profiled channel's coefficient at the value implied by <see cref="ProfileRoas"/>: its Gram row and
    /// column become the unit vector and its known contribution moves to the right-hand side (a copy: the cached
    /// baseline entries of the right-hand side stay intact).
    /// </summary>
    private double[] HoldProfileChannel()
    {
        var d = _design;
        int p = d.CoefficientCount;
        int k = d.Baseline.Length + ProfileChannel;
        double media = 0, spend = 0;
        for (int t = 0; t < d.N; t++)
        {
            media += Media[ProfileChannel][t];
            spend += d.RawSpend[ProfileChannel][t];
        }

        double b = media > 0 ? ProfileRoas * spend / (d.OutcomeScale * media) : 0;
        for (int j = 0; j < p; j++)
        {
            _profileRhs[j] = j == k ? b : _rhs[j] - (_gram[(j * p) + k] * b);
            if (j != k)
            {
                _gram[(j * p) + k] = 0;
                _gram[(k * p) + j] = 0;
            }
        }

        _gram[(k * p) + k] = 1;
        return _profileRhs;
    }

    private void BuildNormalEquations()
    {
        var d = _design;
        int p = d.CoefficientCount;
        int n = FitRows;
        for (int i = d.Baseline.Length; i < p; i++)
        {
            var ci = Column(i);
            _rhs[i] = Dot(ci, _y.AsSpan(0, n));
            for (int j = 0; j < d.Baseline.Length; j++)
            {
                _gram[(i * p) + j] = _crossBaseline[i - d.Baseline.Length][j];
                _gram[(j * p) + i] = _crossBaseline[i - d.Baseline.Length][j];
            }

            for (int j = d.Baseline.Length; j <= i; j++)
            {
                double v = Dot(ci, Column(j));
                _gram[(i * p) + j] = v;
                _gram[(j * p) + i] = v;
            }

            _gram[(i * p) + i] += _mediaPenalty[i - d.Baseline.Length];
        }
    }

    private ReadOnlySpan<double> Column(int j)
    {
        int pb = _design.Baseline.Length;
        return j < pb ? _design.Baseline[j].AsSpan(0, FitRows) : Media[j - pb].AsSpan(0, FitRows);
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int t = 0; t < a.Length; t++)
        {
            s += a[t] * b[t];
        }

        return s;
    }

    private static double SumSquaredDeviation(ReadOnlySpan<double> v)
    {
        double mean = 0;
        foreach (double x in v)
        {
            mean += x;
        }

        mean /= Math.Max(1, v.Length);
        double s = 0;
        foreach (double x in v)
        {
            s += (x - mean) * (x - mean);
        }

        return s;
    }
}
