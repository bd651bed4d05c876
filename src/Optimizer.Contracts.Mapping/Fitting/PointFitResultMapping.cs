using Optimizer.Fitting.PointFits;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>Maps point-fit results to <see cref="V1.ChannelCurveFit"/>.</summary>
public static class PointFitResultMapping
{
    /// <summary>One channel's fit: the chosen curve, its parameters and quality, and the other candidates best first.</summary>
    /// <param name="name">Channel name.</param>
    /// <param name="selection">The selected fit and every candidate (a single fit is a selection of one).</param>
    /// <param name="spend">The observed spends (for NRMSE and MAPE).</param>
    /// <param name="outcome">The observed outcomes.</param>
    public static V1.ChannelCurveFit ToProto(string name, CurveSelectionResult selection, IReadOnlyList<double> spend, IReadOnlyList<double> outcome)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var best = selection.Best;
        Func<PointFitResult, double> score = selection.Criterion == SelectionCriterion.Bic ? f => f.Bic : f => f.Aic;
        return new V1.ChannelCurveFit
        {
            Name = name,
            Family = PointFitRequestMapping.ToProto(best.Family),
            Curve = FitValueMapping.ToProto(best.Curve, []),
            Parameters = { best.Parameters.Select(FitValueMapping.ToProto) },
            Quality = Quality(best, spend, outcome),
            NearLinear = best.NearLinear,
            Diagnostics = { best.Diagnostics },
            Candidates =
            {
                selection.Candidates.Where(c => !ReferenceEquals(c, best)).OrderBy(score)
                    .Select(c => new V1.CandidateFit { Family = PointFitRequestMapping.ToProto(c.Family), Quality = Quality(c, spend, outcome) }),
            },
        };
    }

    /// <summary>
    /// Fit quality of a point fit: n, R², RMSE, AIC, BIC from the library; NRMSE = RMSE / (max y − min y) and MAPE
    /// over y ≠ 0 computed here from the observations.
    /// </summary>
    /// <param name="fit">The fit.</param>
    /// <param name="spend">The observed spends.</param>
    /// <param name="outcome">The observed outcomes.</param>
    public static V1.FitQuality Quality(PointFitResult fit, IReadOnlyList<double> spend, IReadOnlyList<double> outcome)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(outcome);
        double range = outcome.Count > 0 ? outcome.Max() - outcome.Min() : 0;
        var relative = outcome.Select((y, i) => (y, i)).Where(p => p.y != 0).Select(p => Math.Abs((p.y - fit.Curve.Value(spend[p.i])) / p.y)).ToArray();
        var quality = new V1.FitQuality
        {
            ObservationCount = fit.Count,
            RSquared = FitValueMapping.Finite(fit.RSquared),
            Rmse = FitValueMapping.Finite(fit.Rmse),
            Nrmse = range > 0 ? FitValueMapping.Finite(fit.Rmse / range) : 0,
        };
        if (relative.Length > 0 && double.IsFinite(relative.Average()))
        {
            quality.Mape = relative.Average();
        }

        if (double.IsFinite(fit.Aic))
        {
            quality.Aic = fit.Aic;
        }

        if (double.IsFinite(fit.Bic))
        {
            quality.Bic = fit.Bic;
        }

        return quality;
    }
}
