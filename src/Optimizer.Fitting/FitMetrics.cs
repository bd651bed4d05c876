namespace Optimizer.Fitting;

/// <summary>Goodness of fit of predictions ŷ against observations y over a set of periods or points.</summary>
/// <param name="Count">Number of observations compared.</param>
/// <param name="RSquared">R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)².</param>
/// <param name="Rmse">RMSE = √(Σ(y − ŷ)²/n), outcome units.</param>
/// <param name="Nrmse">NRMSE = RMSE / (max y − min y), Robyn's definition (range-normalised), dimensionless.</param>
/// <param name="Mape">MAPE = mean |y − ŷ|/|y| over observations with y ≠ 0, as a fraction (0.05 = 5%).</param>
public sealed record FitMetrics(int Count, double RSquared, double Rmse, double Nrmse, double Mape)
{
    /// <summary>Computes the metrics over indices [start, end).</summary>
    /// <param name="actual">y.</param>
    /// <param name="predicted">ŷ, same length.</param>
    /// <param name="start">First index.</param>
    /// <param name="end">One past the last index.</param>
    internal static FitMetrics Compute(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted, int start, int end)
    {
        int n = end - start;
        double mean = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int t = start; t < end; t++)
        {
            mean += actual[t];
            min = Math.Min(min, actual[t]);
            max = Math.Max(max, actual[t]);
        }

        mean /= Math.Max(n, 1);
        double sse = 0, sst = 0, ape = 0;
        int apeCount = 0;
        for (int t = start; t < end; t++)
        {
            double e = actual[t] - predicted[t];
            sse += e * e;
            sst += (actual[t] - mean) * (actual[t] - mean);
            if (actual[t] != 0)
            {
                ape += Math.Abs(e / actual[t]);
                apeCount++;
            }
        }

        double rmse = Math.Sqrt(sse / Math.Max(n, 1));
        return new FitMetrics(
            n,
            sst > 0 ? 1 - (sse / sst) : double.NaN,
            rmse,
            max > min ? rmse / (max - min) : double.NaN,
            apeCount > 0 ? ape / apeCount : double.NaN);
    }
}
