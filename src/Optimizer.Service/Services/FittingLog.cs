namespace Optimizer.Service.Services;

/// <summary>Structured log messages of <see cref="CurveFittingServiceImpl"/>.</summary>
internal static partial class FittingLog
{
    /// <summary>Point fits answered.</summary>
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fitted response curves for {ChannelCount} channels")]
    public static partial void CurvesFitted(ILogger logger, int channelCount);

    /// <summary>A phase or bootstrap milestone of a marketing-mix fit.</summary>
    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Marketing-mix fit of {RowCount} rows: {Progress}")]
    public static partial void MixProgress(ILogger logger, int rowCount, string progress);

    /// <summary>A marketing-mix fit answered.</summary>
    [LoggerMessage(EventId = 1103, Level = LogLevel.Information,
        Message = "Fitted a marketing mix of {ChannelCount} channels on {RowCount} rows: {DrawCount} bootstrap draws, holdout NRMSE {HoldoutNrmse}, {WallTimeMs} ms")]
    public static partial void MixFitted(ILogger logger, int channelCount, int rowCount, int drawCount, double holdoutNrmse, double wallTimeMs);
}
