namespace Optimizer.Allocation.Model;

/// <summary>Which per-channel bound holds the channel's spend at the optimum.</summary>
public enum ActiveBound
{
    /// <summary>Interior: the channel's marginal ROAS equals the price of the binding coupling constraints.</summary>
    None,

    /// <summary>At its minimum spend.</summary>
    Min,

    /// <summary>At its maximum spend.</summary>
    Max,

    /// <summary>Locked at its current spend.</summary>
    Locked,

    /// <summary>A semi-continuous channel switched off (spend 0).</summary>
    Off,
}
