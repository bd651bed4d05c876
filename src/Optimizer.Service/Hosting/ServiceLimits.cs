namespace Optimizer.Service.Hosting;

/// <summary>
/// Request limits of the service, bound from the configuration section <c>Optimizer:Limits</c>
/// (appsettings.json, environment variables such as <c>Optimizer__Limits__MaxChannels</c>, or the command line).
/// </summary>
public sealed class ServiceLimits
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Optimizer:Limits";

    /// <summary>Most channels accepted in one request.</summary>
    public int MaxChannels { get; set; } = 10_000;

    /// <summary>Largest gRPC message received or sent, bytes.</summary>
    public int MaxMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Most points of one budget frontier.</summary>
    public int MaxFrontierPoints { get; set; } = 1_000;

    /// <summary>Solve time limit when the request sets none and the call has no deadline.</summary>
    public TimeSpan DefaultTimeLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on any solve time limit (requested, deadline-derived or default).</summary>
    public TimeSpan MaxTimeLimit { get; set; } = TimeSpan.FromMinutes(5);
}
