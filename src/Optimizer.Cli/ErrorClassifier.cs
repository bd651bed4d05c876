using Google.Protobuf;
using Grpc.Core;
using Optimizer.Allocation.Errors;
using Optimizer.Contracts.Mapping.Validation;
using Optimizer.Fitting;
using Optimizer.Numerics.Curves;
using YamlDotNet.Core;

namespace Optimizer.Cli;

/// <summary>
/// Maps what a command threw to an exit code and a one-paragraph message. In-process errors and the service's
/// gRPC statuses map to the same codes: INVALID_ARGUMENT → 2, FAILED_PRECONDITION with reason
/// INFEASIBLE_CONSTRAINTS → 3 or TARGET_UNREACHABLE → 4, UNAVAILABLE (after retries) and RESOURCE_EXHAUSTED (server
/// overloaded) → 5, DEADLINE_EXCEEDED → 6, the rest → 1.
/// </summary>
internal static class ErrorClassifier
{
    /// <summary>The exit code and message for <paramref name="exception"/>.</summary>
    /// <param name="exception">What the command threw.</param>
    /// <param name="timedOut">Whether the command's own deadline (--timeout) had passed.</param>
    public static (int ExitCode, string Message) Classify(Exception exception, bool timedOut) => exception switch
    {
        CliException e => (e.ExitCode, e.Message),
        RequestValidationException e => (ExitCodes.InvalidInput, "invalid request: " + e.Message),
        ProblemValidationException e => (ExitCodes.InvalidInput, "invalid request: " + e.Message),
        CurveArgumentException e => (ExitCodes.InvalidInput, "invalid curve: " + e.Message),
        FittingInputException e => (ExitCodes.InvalidInput, "invalid data: " + string.Join("; ", e.Violations)),
        InfeasibleProblemException e => (ExitCodes.Infeasible, "infeasible: " + e.Message),
        TargetUnreachableException e => (ExitCodes.TargetUnreachable, "target unreachable: " + e.Message),
        InvalidProtocolBufferException e => (ExitCodes.InvalidInput, "invalid scenario file: " + e.Message),
        InvalidJsonException e => (ExitCodes.InvalidInput, "invalid JSON: " + e.Message),
        System.Text.Json.JsonException e => (ExitCodes.InvalidInput, "invalid JSON: " + e.Message),
        YamlException e => (ExitCodes.InvalidInput, "invalid YAML: " + e.Message),
        FileNotFoundException e => (ExitCodes.InvalidInput, e.Message),
        DirectoryNotFoundException e => (ExitCodes.InvalidInput, e.Message),
        RpcException e => FromStatus(e, timedOut),
        NoFeasibleSplitInTimeException e => (ExitCodes.DeadlineExceeded, "deadline exceeded: " + e.Message),
        OperationCanceledException when timedOut => (ExitCodes.DeadlineExceeded, "deadline exceeded: the work did not finish within --timeout"),
        _ => (ExitCodes.Error, $"error: {exception.GetType().Name}: {exception.Message}"),
    };

    private static (int ExitCode, string Message) FromStatus(RpcException e, bool timedOut)
    {
        string message = $"server: {e.StatusCode}: {e.Status.Detail}";
        return e.StatusCode switch
        {
            StatusCode.InvalidArgument => (ExitCodes.InvalidInput, message),
            StatusCode.FailedPrecondition when Reason(e) == "TARGET_UNREACHABLE" => (ExitCodes.TargetUnreachable, message),
            StatusCode.FailedPrecondition => (ExitCodes.Infeasible, message),
            StatusCode.Unavailable or StatusCode.ResourceExhausted => (ExitCodes.ServiceUnavailable, message),
            StatusCode.DeadlineExceeded => (ExitCodes.DeadlineExceeded, message),
            StatusCode.Cancelled when timedOut => (ExitCodes.DeadlineExceeded, "deadline exceeded: the server did not answer within --timeout"),
            _ => (ExitCodes.Error, message),
        };
    }

    private static string? Reason(RpcException e) => e.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason;
}
