using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Optimizer.Allocation.Errors;
using Optimizer.Numerics.Curves;
using Optimizer.Service.Admission;
using Optimizer.Contracts.Mapping;
using Optimizer.Contracts.Mapping.Validation;

namespace Optimizer.Service.Errors;

/// <summary>
/// Builds google.rpc.Status values (AIP-193): a canonical code, a short English message, and details with one
/// <see cref="ErrorInfo"/> (reason, domain <see cref="Domain"/>, metadata for every dynamic value) plus a
/// <see cref="BadRequest"/> or <see cref="PreconditionFailure"/> where they apply.
/// </summary>
internal static class RpcErrors
{
    /// <summary>ErrorInfo domain of this API.</summary>
    public const string Domain = "optimizer.v1";

    /// <summary>
    /// Most field violations or conflicts listed in the details. The status travels in HTTP/2 trailers, which
    /// clients cap (64 KiB in .NET): a request with thousands of bad channels must still get its answer.
    /// </summary>
    public const int MaxListedViolations = 20;

    /// <summary>Longest status message, and longest text of one violation or metadata value (characters).</summary>
    public const int MaxTextLength = 1_024;

    /// <summary>Maps an exception to a status; anything unexpected becomes INTERNAL with no internals in it.</summary>
    /// <param name="exception">What the service threw.</param>
    /// <param name="deadlinePassed">Whether the call's deadline has passed (for cancellations).</param>
    public static Google.Rpc.Status FromException(Exception exception, bool deadlinePassed) => exception switch
    {
        RequestValidationException e => InvalidArgument("INVALID_REQUEST", e.Violations),
        ProblemValidationException e => InvalidArgument("INVALID_PROBLEM", e.Violations),
        Optimizer.Fitting.FittingInputException e => InvalidArgument(FittingErrors.Reason(e), FittingErrors.Violations(e)),
        CurveArgumentException e => InvalidArgument("INVALID_CURVE", [new FieldViolation(e.ParamName ?? "curve", CurveErrors.Rule(e))]),
        InfeasibleProblemException e => Infeasible(e),
        TargetUnreachableException e => TargetUnreachable(e),
        ServerOverloadedException e => Overloaded(e),
        NoFeasibleSplitInTimeException e =>
            Build(Code.DeadlineExceeded, Clip(e.Message, MaxTextLength), Info("NO_FEASIBLE_SPLIT_IN_TIME", [("time_limit_ms", Invariant($"{e.Limit.TotalMilliseconds:F0}"))])),
        OperationCanceledException when deadlinePassed =>
            Build(Code.DeadlineExceeded, "The deadline passed before the solve finished.", Info("DEADLINE_EXCEEDED", [])),
        OperationCanceledException =>
            Build(Code.Cancelled, "The call was cancelled before the solve finished.", Info("CANCELLED", [])),
        _ => Internal(),
    };

    private static Google.Rpc.Status InvalidArgument(string reason, IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        var listed = violations.Take(MaxListedViolations).ToArray();
        badRequest.FieldViolations.Add(listed.Select(v => new BadRequest.Types.FieldViolation { Field = Clip(v.Field, 256), Description = Clip(v.Description, 256) }));
        string message = violations.Count == 1
            ? $"Invalid request: {violations[0].Field}: {violations[0].Description}"
            : Invariant($"Invalid request ({violations.Count} violations): ") + string.Join("; ", listed.Select(v => $"{v.Field}: {v.Description}"));
        var info = Info(reason, [
            ("fields", string.Join(",", listed.Select(v => v.Field).Distinct())),
            ("violation_count", violations.Count.ToString(CultureInfo.InvariantCulture))]);
        return Build(Code.InvalidArgument, message, info, badRequest);
    }

    private static Google.Rpc.Status Infeasible(InfeasibleProblemException e)
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(e.Conflicts.Take(MaxListedViolations).Select(c => new PreconditionFailure.Types.Violation
        {
            Type = "INFEASIBLE_CONSTRAINTS",
            Subject = Clip(c, 256),
            Description = Clip(e.Message, 256),
        }));
        var info = Info("INFEASIBLE_CONSTRAINTS", [("conflicts", string.Join("; ", e.Conflicts.Take(MaxListedViolations)))]);
        return Build(Code.FailedPrecondition, e.Message, info, failure);
    }

    private static Google.Rpc.Status TargetUnreachable(TargetUnreachableException e)
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = "TARGET_UNREACHABLE", Subject = e.Target, Description = e.Message });
        var info = Info("TARGET_UNREACHABLE", [
            ("target", e.Target),
            ("requested", e.Requested.ToString("R", CultureInfo.InvariantCulture)),
            ("best_reachable", e.BestReachable.ToString("R", CultureInfo.InvariantCulture))]);
        return Build(Code.FailedPrecondition, e.Message, info, failure);
    }

    /// <summary>The request message is not valid protobuf (INVALID_ARGUMENT, reason MALFORMED_MESSAGE).</summary>
    public static Google.Rpc.Status MalformedMessage(Google.Protobuf.InvalidProtocolBufferException e) =>
        Build(Code.InvalidArgument, "The request message is not valid protobuf: " + e.Message, Info("MALFORMED_MESSAGE", [("error", e.Message)]));

    /// <summary>
    /// The request body is not one well-formed gRPC frame (INVALID_ARGUMENT, reason MALFORMED_FRAME, with a
    /// BadRequest naming the frame header field and the rule).
    /// </summary>
    public static Google.Rpc.Status MalformedFrame(string field, string rule)
    {
        var request = new BadRequest();
        request.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "frame." + field, Description = Clip(rule, MaxTextLength) });
        return Build(Code.InvalidArgument, "The request body is not one gRPC length-prefixed message: " + rule, Info("MALFORMED_FRAME", [("field", "frame." + field)]), request);
    }

    /// <summary>The request message is above the size limit (RESOURCE_EXHAUSTED, reason MESSAGE_TOO_LARGE; not retried).</summary>
    public static Google.Rpc.Status MessageTooLarge(long maxBytes) =>
        Build(Code.ResourceExhausted, Invariant($"Received message exceeds the maximum configured message size of {maxBytes} bytes."), Info("MESSAGE_TOO_LARGE", [("max_message_bytes", maxBytes.ToString(CultureInfo.InvariantCulture))]));

    private static Google.Rpc.Status Overloaded(ServerOverloadedException e)
    {
        var retry = new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(100)) };
        var info = e.Reason == "CPU_SATURATED"
            ? Info(e.Reason, [
                ("pending_work_items", e.PendingWorkItems.ToString(CultureInfo.InvariantCulture)),
                ("max_pending_work_items", e.MaxPendingWorkItems.ToString(CultureInfo.InvariantCulture))])
            : Info(e.Reason, [
                ("max_concurrent_solves", e.MaxConcurrentSolves.ToString(CultureInfo.InvariantCulture)),
                ("max_queued_solves", e.MaxQueuedSolves.ToString(CultureInfo.InvariantCulture))]);
        return Build(Code.ResourceExhausted, e.Message, info, retry);
    }

    private static Google.Rpc.Status Internal()
    {
        string traceId = Activity.Current?.TraceId.ToHexString() ?? "none";
        return Build(Code.Internal, $"Internal error; the server log has the details (trace id {traceId}).", Info("INTERNAL", [("trace_id", traceId)]));
    }

    private static ErrorInfo Info(string reason, IEnumerable<(string Key, string Value)> metadata)
    {
        var info = new ErrorInfo { Reason = reason, Domain = Domain };
        foreach (var (key, value) in metadata)
        {
            info.Metadata[key] = Clip(value, MaxTextLength);
        }

        return info;
    }

    private static Google.Rpc.Status Build(Code code, string message, ErrorInfo info, Google.Protobuf.IMessage? detail = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = Clip(message, MaxTextLength) };
        if (detail is not null)
        {
            status.Details.Add(Any.Pack(detail));
        }

        status.Details.Add(Any.Pack(info));
        return status;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
