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
}
