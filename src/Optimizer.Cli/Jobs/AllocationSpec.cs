namespace Optimizer.Cli.Jobs;

/// <summary>How <c>optimizer run</c> turns the fitted curves into next period's scenario.</summary>
internal sealed class AllocationSpec
{
    /// <summary>Each channel's current spend is its mean over this many last periods (default 4).</summary>
    public int CurrentSpendPeriods { get; init; } = 4;

    /// <summary>Next period's budget (default: the mean total spend of the last <see cref="CurrentSpendPeriods"/> periods).</summary>
    public BudgetSpec Budget { get; init; } = new();

    /// <summary>Lower bound of every channel as a multiple of its current spend (e.g. 0.5).</summary>
    public double? MinSpendRatio { get; init; }

    /// <summary>Upper bound of every channel as a multiple of its current spend (e.g. 2).</summary>
    public double? MaxSpendRatio { get; init; }

    /// <summary>The budget frontier drawn in the report.</summary>
    public FrontierSpec Frontier { get; init; } = new();

    /// <summary>ISO 4217 currency code, informational.</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>Outcome unit name (default: the outcome column's name).</summary>
    public string? ResponseUnit { get; init; }

    /// <summary>Value of one outcome unit in currency (default 1: the outcome is revenue).</summary>
    public double? ValuePerResponse { get; init; }

    /// <summary>Relative optimality gap tolerance (default 1e-6).</summary>
    public double? RelativeGapTolerance { get; init; }
}
