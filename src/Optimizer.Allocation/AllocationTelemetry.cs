using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Optimizer.Allocation;

/// <summary>
/// Names of the allocator's trace source and meter. The core emits through System.Diagnostics only; the host
/// registers these names with OpenTelemetry.
/// </summary>
public static class AllocationTelemetry
{
    /// <summary>ActivitySource and Meter name.</summary>
    public const string SourceName = "Optimizer.Allocation";

    internal static readonly ActivitySource Source = new(SourceName);

    internal static readonly Meter Meter = new(SourceName);

    /// <summary>Solve wall time, seconds; tags: status, method.</summary>
    internal static readonly Histogram<double> SolveDuration =
        Meter.CreateHistogram<double>("optimizer.solve.duration", unit: "s", description: "Wall time of one allocation solve.");

    /// <summary>Channels per solve.</summary>
    internal static readonly Histogram<long> ChannelCount =
        Meter.CreateHistogram<long>("optimizer.solve.channels", unit: "{channel}", description: "Channels in one allocation problem.");

    /// <summary>Solves by outcome; tags: status (optimal, feasible, infeasible, invalid, target_unreachable, cancelled).</summary>
    internal static readonly Counter<long> Solves =
        Meter.CreateCounter<long>("optimizer.solve.count", unit: "{solve}", description: "Allocation solves by status.");

    /// <summary>Records one solve (an AllocateBudget call, or one point of a frontier) in the three instruments.</summary>
    /// <param name="seconds">Its wall time, seconds.</param>
    /// <param name="channels">Channels in its problem.</param>
    /// <param name="status">Its outcome (see <see cref="Solves"/>).</param>
    internal static void RecordSolve(double seconds, int channels, string status)
    {
        var tag = new KeyValuePair<string, object?>("status", status);
        SolveDuration.Record(seconds, tag);
        ChannelCount.Record(channels);
        Solves.Add(1, tag);
    }
}
