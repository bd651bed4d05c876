using Grpc.Core;

namespace Optimizer.Service.Errors;

/// <summary>Structured log messages of <see cref="ErrorInterceptor"/>.</summary>
internal static partial class ErrorLog
{
    /// <summary>An unexpected exception, answered with INTERNAL.</summary>
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Unhandled exception in {Method}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method);

    /// <summary>A request rejected with an expected status (invalid argument, failed precondition, cancellation).</summary>
    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "{Method} answered {StatusCode}: {StatusMessage}")]
    public static partial void Rejected(ILogger logger, string method, StatusCode statusCode, string statusMessage);

    /// <summary>A call refused because every solve slot was busy (Debug: under overload there is one per refusal).</summary>
    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "{Method} refused: every solve slot is busy")]
    public static partial void Overloaded(ILogger logger, string method);
}
