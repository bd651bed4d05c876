namespace Optimizer.Cli.Jobs;

/// <summary>Next period's budget: a fixed total, or the mean total spend of the last periods times a scale.</summary>
internal sealed class BudgetSpec
{
    /// <summary>Fixed total, currency units per period; when set the other fields are ignored.</summary>
    public double? Total { get; init; }

    /// <summary>Mean total spend over this many last periods (default: the allocation's current_spend_periods).</summary>
    public int? LastPeriodsAverage { get; init; }

    /// <summary>Multiplier of that mean (e.g. 1.1 for a 10% larger budget). Default 1.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>"exact" (default) or "at_most".</summary>
    public string? Mode { get; init; }
}
