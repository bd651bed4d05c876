using Google.Rpc;
using Optimizer.Allocation.Errors;
using Optimizer.Contracts.Mapping.Validation;
using Optimizer.Service.Admission;
using Optimizer.Service.Errors;

namespace Optimizer.Service.Tests.Unit;

/// <summary>The statuses added for production: overload, malformed messages, and the size cap on error details.</summary>
public sealed class RpcErrorsLimitsTests
{
    [Fact]
    public void FromException_Overloaded_IsResourceExhaustedWithRetryInfo()
    {
        var status = RpcErrors.FromException(new ServerOverloadedException(4, 16), deadlinePassed: false);

        Assert.Equal((int)Code.ResourceExhausted, status.Code);
        Assert.Equal("SOLVE_CAPACITY_EXHAUSTED", status.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("4", status.GetDetail<ErrorInfo>().Metadata["max_concurrent_solves"]);
        Assert.NotNull(status.GetDetail<RetryInfo>());
    }

    [Fact]
    public void MalformedMessage_IsInvalidArgument()
    {
        var error = Assert.Throws<Google.Protobuf.InvalidProtocolBufferException>(() => Contracts.V1.AllocateBudgetRequest.Parser.ParseFrom([0x0A, 0x05, 0x01]));

        var status = RpcErrors.MalformedMessage(error);

        Assert.Equal((int)Code.InvalidArgument, status.Code);
        Assert.Equal("MALFORMED_MESSAGE", status.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public void FromException_ThousandsOfViolations_StaysSmallEnoughForTrailers()
    {
        var violations = Enumerable.Range(0, 5_000).Select(i => new FieldViolation($"channels[{i}].name", "duplicate channel name '" + new string('x', 4_000) + "'")).ToArray();

        var status = RpcErrors.FromException(new RequestValidationException(violations), deadlinePassed: false);

        Assert.Equal((int)Code.InvalidArgument, status.Code);
        Assert.Equal(RpcErrors.MaxListedViolations, status.GetDetail<BadRequest>().FieldViolations.Count);
        Assert.Equal("5000", status.GetDetail<ErrorInfo>().Metadata["violation_count"]);
        Assert.True(status.CalculateSize() < 32 * 1024, $"{status.CalculateSize()} bytes");
    }
}
