namespace Optimizer.Fitting.Internal;

/// <summary>
/// Smooth bijection between an unbounded search variable u ∈ ℝ and a bounded parameter θ ∈ (lo, hi):
/// θ = lo + (hi − lo)·σ(u), σ the logistic function; u = logit((θ − lo)/(hi − lo)).
/// </summary>
/// <remarks>The standard way to impose box bounds on an unconstrained minimiser (e.g. MINUIT's sine
/// transform, James &amp; Roos 1975; the logistic variant used by Stan for bounded parameters).</remarks>
internal readonly record struct BoxTransform(double Lower, double Upper)
{
    /// <summary>θ(u).</summary>
    public double ToBounded(double u) => Lower + ((Upper - Lower) / (1 + Math.Exp(-u)));

    /// <summary>u(θ), clamping θ strictly inside the box.</summary>
    public double ToUnbounded(double theta)
    {
        double q = Math.Clamp((theta - Lower) / (Upper - Lower), 1e-9, 1 - 1e-9);
        return Math.Log(q / (1 - q));
    }

    /// <summary>True when θ is within <paramref name="fraction"/> of the box width from either bound.</summary>
    public bool NearBound(double theta, double fraction = 0.01) =>
        theta - Lower < fraction * (Upper - Lower) || Upper - theta < fraction * (Upper - Lower);
}
