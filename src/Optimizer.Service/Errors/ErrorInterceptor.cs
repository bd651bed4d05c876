using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Optimizer.Service.Errors;

/// <summary>
/// The one place where failures become gRPC status: every exception a service method throws is turned into
/// a google.rpc.Status by <see cref="RpcErrors.FromException"/> (INVALID_ARGUMENT with BadRequest,
/// FAILED_PRECONDITION with PreconditionFailure, CANCELLED/DEADLINE_EXCEEDED, or INTERNAL without details).
/// JSON transcoding goes through the same interceptor, so HTTP callers get the same status as JSON.
/// </summary>
internal sealed class ErrorInterceptor(ILogger<ErrorInterceptor> logger, TimeProvider time) : Interceptor
{
    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    /// <inheritdoc />
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        bool deadlinePassed = context.Deadline <= time.GetUtcNow().UtcDateTime;
        var error = RpcErrors.FromException(exception, deadlinePassed);
        var code = (StatusCode)error.Code;
        if (code == StatusCode.Internal)
        {
            ErrorLog.Unhandled(logger, exception, context.Method);
        }
        else if (code == StatusCode.ResourceExhausted)
        {
            ErrorLog.Overloaded(logger, context.Method);
        }
        else
        {
            ErrorLog.Rejected(logger, context.Method, code, error.Message);
        }

        return error.ToRpcException();
    }
}
