using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Model;

/// <summary>
/// One channel of an allocation problem. Spends are in currency units per planning period; bounds are
/// absolute (relative bounds are resolved against <see cref="CurrentSpend"/> before this record is built).
/// </summary>
/// <param name="Name">Unique, non-empty channel name.</param>
/// <param name="Curve">Response curve: spend → response (outcome units per period).</param>
/// <param name="CurrentSpend">Spend today, ≥ 0; the reference for spend changes and for locked channels.</param>
/// <param name="MinSpend">Lower bound, ≥ 0 (for a semi-continuous channel: the minimum when active).</param>
/// <param name="MaxSpend">Upper bound, ≥ <paramref name="MinSpend"/>; +∞ means "no channel cap" (the budget caps it).</param>
/// <param name="Locked">When true the channel's spend is fixed at <paramref name="CurrentSpend"/>.</param>
/// <param name="SemiContinuous">When true the spend is either 0 or within [MinSpend, MaxSpend] (minimum spend if active).</param>
/// <param name="SpendStep">When &gt; 0 the spend is a multiple of this step (e.g. TV in blocks of 10,000); 0 = continuous.</param>
/// <param name="ValuePerResponse">Value of one outcome unit in currency (1 when the outcome is revenue).</param>
public sealed record ChannelSpec(
    string Name,
    IResponseCurve Curve,
    double CurrentSpend,
    double MinSpend,
    double MaxSpend,
    bool Locked = false,
    bool SemiContinuous = false,
    double SpendStep = 0,
    double ValuePerResponse = 1)
{
    /// <summary>Effective lower bound: <see cref="CurrentSpend"/> when locked, else <see cref="MinSpend"/>.</summary>
    public double Lower => Locked ? CurrentSpend : MinSpend;

    /// <summary>Effective upper bound: <see cref="CurrentSpend"/> when locked, else <see cref="MaxSpend"/>.</summary>
    public double Upper => Locked ? CurrentSpend : MaxSpend;
}
