namespace Optimizer.Allocation.Model;

/// <summary>One channel of a solved (or evaluated) split.</summary>
/// <param name="Name">Channel name.</param>
/// <param name="Spend">Spend, currency units per period.</param>
/// <param name="Response">f(spend), outcome units per period.</param>
/// <param name="Roas">v·f(x)/x, value per currency unit; null at zero spend.</param>
/// <param name="MarginalRoas">v·f'(x), value per extra currency unit; null where f' is unbounded (zero spend on a curve with infinite slope at 0).</param>
/// <param name="CurrentSpend">Spend today.</param>
/// <param name="CurrentResponse">f(current spend).</param>
/// <param name="ActiveBound">Bound holding the spend.</param>
public sealed record ChannelAllocation(
    string Name,
    double Spend,
    double Response,
    double? Roas,
    double? MarginalRoas,
    double CurrentSpend,
    double CurrentResponse,
    ActiveBound ActiveBound)
{
    /// <summary>Spend − current spend.</summary>
    public double SpendChange => Spend - CurrentSpend;
}
