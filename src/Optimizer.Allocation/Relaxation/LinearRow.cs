namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// A coupling row besides the budget: Lower ≤ Σ_k Coefficients[k]·x[Channels[k]] ≤ Upper (either side may
/// be infinite). Group, share and ratio constraints all become rows of this form.
/// </summary>
/// <param name="Name">Readable name with its bound, e.g. "group digital min_share 0.6".</param>
/// <param name="Channels">Channel indices; shape (k,).</param>
/// <param name="Coefficients">Coefficients; shape (k,).</param>
/// <param name="Lower">Lower bound (−∞ when absent).</param>
/// <param name="Upper">Upper bound (+∞ when absent).</param>
internal sealed record LinearRow(string Name, int[] Channels, double[] Coefficients, double Lower, double Upper)
{
    /// <summary>Row activity Σ a_k x_k.</summary>
    public double Activity(IReadOnlyList<double> x)
    {
        double sum = 0;
        for (int k = 0; k < Channels.Length; k++)
        {
            sum += Coefficients[k] * x[Channels[k]];
        }

        return sum;
    }
}
