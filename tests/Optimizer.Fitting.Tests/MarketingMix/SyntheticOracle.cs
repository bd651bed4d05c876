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
}
