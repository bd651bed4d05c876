using Optimizer.Allocation.Model;

namespace Optimizer.Service.Services;

/// <summary>Structured log messages of <see cref="AllocationServiceImpl"/>.</summary>
internal static partial class ServiceLog
{
    /// <summary>A budget allocation was solved.</summary>
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Allocated {ChannelCount} channels: {Status}, relative gap {RelativeGap}, {WallTimeMs} ms")]
    public static partial void Solved(ILogger logger, int channelCount, SolveStatus status, double relativeGap, double wallTimeMs);

    /// <summary>A budget frontier was streamed.</summary>
    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Streamed a budget frontier of {PointCount} points for {ChannelCount} channels")]
    public static partial void FrontierStreamed(ILogger logger, int channelCount, int pointCount);
}
