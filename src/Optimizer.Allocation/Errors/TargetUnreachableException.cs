namespace Optimizer.Allocation.Errors;

/// <summary>A scenario's target cannot be met under the constraints; carries the best reachable value.</summary>
public sealed class TargetUnreachableException(string message, string target, double requested, double bestReachable)
    : Exception(message)
{
    /// <summary>Which target ("response", "roas", "cpa").</summary>
    public string Target { get; } = target;

    /// <summary>The requested target value.</summary>
    public double Requested { get; } = requested;

    /// <summary>The best value reachable under the constraints.</summary>
    public double BestReachable { get; } = bestReachable;
}
