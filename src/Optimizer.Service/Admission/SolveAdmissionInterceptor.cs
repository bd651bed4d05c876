using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Optimizer.Service.Admission;

/// <summary>
/// Holds a <see cref="SolveAdmission"/> slot for the whole of each gated call (a unary solve, or a frontier stream
/// until its last point). Registered after <see cref="Errors.ErrorInterceptor"/>, so a refusal is mapped to
/// RESOURCE_EXHAUSTED in the one place that maps failures.
/// </summary>
internal sealed class SolveAdmissionInterceptor(SolveAdmission admission) : Interceptor
{
    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (!SolveAdmission.Gates(context.Method))
        {
            return await continuation(request, context);
        }

        using var slot = await admission.EnterAsync(context.CancellationToken);
        return await continuation(request, context);
    }

    /// <inheritdoc />
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (!SolveAdmission.Gates(context.Method))
        {
            await continuation(request, responseStream, context);
            return;
        }

        using var slot = await admission.EnterAsync(context.CancellationToken);
        await continuation(request, responseStream, context);
    }
}
