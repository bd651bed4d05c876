using System.Globalization;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>Turns the scaled solution (θ, b, media columns) and the bootstrap draws into the public result records.</summary>
internal sealed class MixReport(
    MixDesign design,
    MarketingMixData data,
    MixObjective final,
    double[] theta,
    double[] currentSpend,
    BootstrapDraw[] draws,
    int trainRows,
    (Interval? I90, Interval? I95)[]? profile = null)
{
    /// <summary>Elasticity at the largest observed spend above which a channel is reported as near-linear.</summary>
    public const double NearLinearElasticity = 0.9;

    public IReadOnlyList<ChannelFit> Channels()
    {
        int pb = design.Baseline.Length;
        double totalOutcome = data.Outcome.Sum();
        var fits = new List<ChannelFit>();
        for (int c = 0; c < design.ChannelCount; c++)
        {
            var transform = design.Transforms[c];
            var slice = theta.AsSpan(design.ThetaOffsets[c], transform.ParameterCount);
            var point = ChannelSnapshot.Create(design, c, slice, final.Coefficients[pb + c], final.Media[c], currentSpend[c]);
            var names = ChannelSnapshot.ParameterNames(transform);
            var diagnostics = new List<string>();
            var parameters = new List<ParameterEstimate>();
            bool saturationAtLinearBound = false;
            for (int j = 0; j < names.Length; j++)
            {
                bool atBound = j < transform.ParameterCount ? transform.Boxes[j].NearBound(slice[j]) : point.Parameters[j] <= 0;
                var values = draws.Select(d => d.Channels[c].Parameters[j]).ToArray();
                parameters.Add(new ParameterEstimate(
                    names[j].Name, point.Parameters[j], names[j].Unit, Percentiles.StandardDeviation(values),
                    Percentiles.Of(values, 0.90), Percentiles.Of(values, 0.95), atBound));
                if (j < transform.ParameterCount && names[j].Name == "half_saturation")
                {
                    // The Hill box stops at 3 typical spends, so a linear response shows as κ̃ in the top 10% of the box.
                    var box = transform.Boxes[j];
                    saturationAtLinearBound |= slice[j] >= box.Upper - (0.1 * (box.Upper - box.Lower));
                }

                if (atBound && j < transform.ParameterCount)
                {
                    saturationAtLinearBound |= names[j].Name == "lam" && slice[j] < transform.Boxes[j].Upper / 2;
                    diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{names[j].Name} is at a search bound ({point.Parameters[j]:G4}): the data do not determine it."));
                }
            }

            bool noEffect = point.Parameters[^1] <= 0;
            bool nearLinear = !noEffect && (point.Elasticity >= NearLinearElasticity || saturationAtLinearBound);
            if (noEffect)
            {
                diagnostics.Add("no detectable effect: beta is 0 and the curve is flat.");
            }
            else if (nearLinear)
            {
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"no saturation within the observed spend (elasticity {point.Elasticity:F2} at the largest spend): the curve is near-linear there and any saturation level beyond it is an extrapolation."));
            }

            fits.Add(new ChannelFit(
                design.ChannelNames[c],
                point.Curve,
                parameters,
                design.RawSpend[c].Sum(),
                point.Contribution,
                totalOutcome != 0 ? point.Contribution / totalOutcome : double.NaN,
                point.Roas,
                profile?[c].I90 ?? Percentiles.Of(draws.Select(d => d.Channels[c].Roas), 0.90),
                profile?[c].I95 ?? Percentiles.Of(draws.Select(d => d.Channels[c].Roas), 0.95),
                currentSpend[c],
                point.MarginalRoas,
                Percentiles.Of(draws.Select(d => d.Channels[c].MarginalRoas), 0.90),
                point.Elasticity,
                nearLinear,
                diagnostics,
                [.. draws.Select(d => new CurveDraw(d.Channels[c].Curve, d.Channels[c].Roas, d.Channels[c].MarginalRoas, d.Channels[c].Parameters))]));
        }

        return fits;
    }

    public IReadOnlyList<ParameterEstimate> Baseline()
    {
        double ys = design.OutcomeScale;
        var list = new List<ParameterEstimate>();
        for (int j = 0; j < design.Baseline.Length; j++)
        {
            var values = draws.Select(d => d.Coefficients[j] * ys).ToArray();
            list.Add(new ParameterEstimate(
                design.BaselineNames[j], final.Coefficients[j] * ys, "outcome/period", Percentiles.StandardDeviation(values),
                Percentiles.Of(values, 0.90), Percentiles.Of(values, 0.95), AtBound: false));
        }

        return list;
    }

    public IReadOnlyList<PeriodDecomposition> Decomposition()
    {
        double ys = design.OutcomeScale;
        int pb = design.Baseline.Length;
        var rows = new List<PeriodDecomposition>(design.N);
        for (int t = 0; t < design.N; t++)
        {
            double intercept = 0, trend = 0, season = 0;
            var controls = new List<double>();
            for (int j = 0; j < pb; j++)
            {
                double part = ys * final.Coefficients[j] * design.Baseline[j][t];
                switch (design.BaselineTerms[j])
                {
                    case BaselineTerm.Intercept: intercept += part; break;
                    case BaselineTerm.Trend: trend += part; break;
                    case BaselineTerm.Seasonality: season += part; break;
                    default: controls.Add(part); break;
                }
            }

            var channels = new double[design.ChannelCount];
            for (int c = 0; c < design.ChannelCount; c++)
            {
                channels[c] = ys * final.Coefficients[pb + c] * final.Media[c][t];
            }

            double fitted = intercept + trend + season + controls.Sum() + channels.Sum();
            rows.Add(new PeriodDecomposition(data.Dates[t], t >= trainRows, data.Outcome[t], fitted, intercept, trend, season, controls, channels));
        }

        return rows;
    }
}
