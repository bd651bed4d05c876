namespace Optimizer.Contracts.Mapping;

/// <summary>
/// Limits applied while validating and mapping requests. The service builds them from its configuration
/// (<c>Optimizer:Limits</c>); the command-line tool uses <see cref="Default"/>, the service's defaults.
/// </summary>
/// <param name="MaxChannels">Most channels accepted in one request.</param>
/// <param name="MaxFrontierPoints">Most points of one budget frontier.</param>
/// <param name="DefaultTimeLimit">Solve time limit when the request sets none and the call has no deadline.</param>
/// <param name="MaxTimeLimit">Cap on any solve time limit (requested, deadline-derived or default).</param>
public sealed record RequestLimits(int MaxChannels, int MaxFrontierPoints, TimeSpan DefaultTimeLimit, TimeSpan MaxTimeLimit)
{
    /// <summary>The service's default limits: 10,000 channels, 1,000 frontier points, 30 s default and 5 min maximum time limit.</summary>
    public static RequestLimits Default { get; } = new(10_000, 1_000, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));
}
