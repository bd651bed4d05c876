namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// One channel restricted to a spend domain {l} ∪ [a, u] (a = l for an ordinary interval; a &gt; l for a
/// semi-continuous channel whose spend is l = 0 or at least a), together with the concave envelope g of its
/// value curve v·f on that domain: the smallest concave function ≥ v·f there (Udell &amp; Boyd, "Maximizing a
/// sum of sigmoids", Optim. Eng. 2014, §3). g = v·f wherever f is concave; the envelope is what the
/// multiplier method maximizes, so a piece answers "best spend at price p" for g.
/// </summary>
internal abstract class ChannelPiece
{
    protected ChannelPiece(double lower, double upper, double value)
    {
        Lower = lower;
        Upper = upper;
        ValuePerResponse = value;
    }

    /// <summary>l, the lowest spend of the domain.</summary>
    public double Lower { get; }

    /// <summary>u, the highest spend of the domain.</summary>
    public double Upper { get; }

    /// <summary>v, value of one outcome unit.</summary>
    public double ValuePerResponse { get; }

    /// <summary>f(x), outcome units.</summary>
    public abstract double Response(double spend);

    /// <summary>g(x)/v: the envelope in outcome units.</summary>
    public abstract double Envelope(double spend);

    /// <summary>g'(x)/v: slope of the envelope (right derivative at kinks), outcome units per currency unit.</summary>
    public abstract double EnvelopeMarginal(double spend);

    /// <summary>
    /// Maximizers of g(x) − p·x over [l, u] at price <paramref name="price"/> (value units per currency):
    /// the set is [low, high], a single point except where p equals the slope of a linear piece of g.
    /// <paramref name="slope"/> is d(low)/d(price) ≤ 0, currency units per unit of price: 0 at bounds, kinks and
    /// linear pieces.
    /// </summary>
    public abstract void Respond(double price, out double low, out double high, out double slope);

    /// <summary>Whether the envelope equals the curve on the whole domain (a concave piece: no gap anywhere).</summary>
    public abstract bool IsExact { get; }

    /// <summary>Envelope gap g(x)/v − f(x) ≥ 0 at a spend, outcome units.</summary>
    public double Gap(double spend) => IsExact ? 0.0 : Envelope(spend) - Response(spend);
}
