namespace Optimizer.Fitting.MarketingMix;

/// <summary>Percentile intervals and standard deviations of bootstrap draws (Efron &amp; Tibshirani 1993, ch. 13).</summary>
internal static class Percentiles
{
    /// <summary>The equal-tailed percentile interval at <paramref name="level"/>, linear interpolation between order statistics; null for no draws.</summary>
    public static Interval? Of(IEnumerable<double> draws, double level)
    {
        var sorted = draws.Where(double.IsFinite).OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        double tail = (1 - level) / 2;
        return new Interval(Quantile(sorted, tail), Quantile(sorted, 1 - tail), level);
    }

    /// <summary>Sample standard deviation; null for fewer than two draws.</summary>
    public static double? StandardDeviation(IEnumerable<double> draws)
    {
        var v = draws.Where(double.IsFinite).ToArray();
        if (v.Length < 2)
        {
            return null;
        }

        double mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
    }

    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
