namespace Optimizer.Cli.Jobs;

/// <summary>Budgets of the frontier, as multiples of the plan's budget.</summary>
internal sealed class FrontierSpec
{
    /// <summary>Smallest budget / plan budget (default 0.5).</summary>
    public double MinRatio { get; init; } = 0.5;

    /// <summary>Largest budget / plan budget (default 1.5).</summary>
    public double MaxRatio { get; init; } = 1.5;

    /// <summary>Number of budgets (default 21; 0 skips the frontier).</summary>
    public int PointCount { get; init; } = 21;
}
