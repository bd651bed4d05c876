using Google.Rpc;
using Grpc.Core;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>Reads google.rpc error details from an <see cref="RpcException"/>.</summary>
internal static class ErrorDetails
{
    public static Google.Rpc.Status Status(RpcException e) =>
        e.GetRpcStatus() ?? throw new Xunit.Sdk.XunitException("The error has no google.rpc.Status details.");

    public static IReadOnlyList<string> ViolatedFields(RpcException e) =>
        Status(e).GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray()
        ?? throw new Xunit.Sdk.XunitException("The error has no google.rpc.BadRequest.");

    public static ErrorInfo Info(RpcException e) =>
        Status(e).GetDetail<ErrorInfo>() ?? throw new Xunit.Sdk.XunitException("The error has no google.rpc.ErrorInfo.");
}
