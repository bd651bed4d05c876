using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>
/// A channel's reported quantities for one parameter set (the point fit or one bootstrap draw), in data units.
/// </summary>
/// <param name="Curve">Steady-state curve in spend units.</param>
/// <param name="Contribution">Σ_t β·m_t over all periods, outcome units.</param>
/// <param name="Roas">Contribution / Σ spend.</param>
/// <param name="MarginalRoas">Curve.Marginal(current spend).</param>
/// <param name="Parameters">Native parameters (see <see cref="ChannelFit.Parameters"/>).</param>
/// <param name="Elasticity">x·f'(x)/f(x) at the largest observed spend.</param>
internal sealed record ChannelSnapshot(IResponseCurve Curve, double Contribution, double Roas, double MarginalRoas, double[] Parameters, double Elasticity)
{
    /// <summary>Names and units of the native parameters, in order.</summary>
    public static (string Name, string Unit)[] ParameterNames(ChannelTransform transform)
    {
        var names = new List<(string, string)>();
        if (transform.Adstock == AdstockKind.Geometric)
        {
            names.Add(("alpha", "1"));
        }
        else
        {
            names.Add(("adstock_scale", "periods"));
            names.Add(("adstock_shape", "1"));
        }

        if (transform.Saturation == SaturationKind.Hill)
        {
            names.Add(("half_saturation", "currency/period"));
            names.Add(("slope", "1"));
        }
        else
        {
            names.Add(("lam", "1/currency"));
        }

        names.Add(("beta", "outcome/period"));
        return [.. names];
    }

    /// <summary>Builds the snapshot of channel c from its θ slice, its scaled coefficient b and its media column.</summary>
    public static ChannelSnapshot Create(MixDesign design, int c, ReadOnlySpan<double> theta, double coefficient, double[] media, double currentSpend)
    {
        var transform = design.Transforms[c];
        double sc = design.SpendScale[c];
        double adstockUnit = design.Options.NormalizeAdstock ? sc : sc * transform.WeightSum(theta);
        double beta = design.OutcomeScale * coefficient;
        int k = transform.Adstock == AdstockKind.Geometric ? 1 : 2;
        var parameters = new double[transform.ParameterCount + 1];
        for (int j = 0; j < k; j++)
        {
            parameters[j] = theta[j];
        }

        IResponseCurve curve;
        if (transform.Saturation == SaturationKind.Hill)
        {
            parameters[k] = theta[k] * adstockUnit;
            parameters[k + 1] = theta[k + 1];
            curve = beta > 0 ? new HillCurve(beta, theta[k] * sc, theta[k + 1]) : Flat(sc);
        }
        else
        {
            parameters[k] = theta[k] / adstockUnit;
            curve = beta > 0 ? new LogisticCurve(beta, theta[k] / sc, 0) : Flat(sc);
        }

        parameters[^1] = beta;
        double contribution = 0, spend = 0, maxSpend = 0;
        for (int t = 0; t < media.Length; t++)
        {
            contribution += beta * media[t];
            spend += design.RawSpend[c][t];
            maxSpend = Math.Max(maxSpend, design.RawSpend[c][t]);
        }

        double value = curve.Value(maxSpend);
        double elasticity = value > 0 ? maxSpend * curve.Marginal(maxSpend) / value : 1.0;
        return new ChannelSnapshot(curve, contribution, spend > 0 ? contribution / spend : 0, curve.Marginal(currentSpend), parameters, elasticity);
    }

    private static PiecewiseLinearCurve Flat(double spend) => new([spend], [0.0]);
}
