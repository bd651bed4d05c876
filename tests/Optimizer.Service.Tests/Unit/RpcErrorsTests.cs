using Google.Rpc;
using Optimizer.Allocation.Errors;
using Optimizer.Numerics.Curves;
using Optimizer.Service.Errors;

namespace Optimizer.Service.Tests.Unit;

public sealed class RpcErrorsTests
{
    [Fact]
    public void FromException_Cancelled_IsCancelledOrDeadlineExceeded()
    {
        Assert.Equal((int)Code.Cancelled, RpcErrors.FromException(new OperationCanceledException(), deadlinePassed: false).Code);
        Assert.Equal((int)Code.DeadlineExceeded, RpcErrors.FromException(new OperationCanceledException(), deadlinePassed: true).Code);
    }

    [Fact]
    public void FromException_Unexpected_IsInternalWithoutItsMessage()
    {
        var status = RpcErrors.FromException(new InvalidOperationException("secret connection string"), deadlinePassed: false);

        Assert.Equal((int)Code.Internal, status.Code);
        Assert.DoesNotContain("secret", status.Message);
        Assert.Equal("INTERNAL", status.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public void FromException_TargetUnreachable_IsFailedPreconditionWithTheBestReachableValue()
    {
        var status = RpcErrors.FromException(
            new TargetUnreachableException("target response 5000 is above the best reachable 4200", "response", 5000, 4200),
            deadlinePassed: false);

        Assert.Equal((int)Code.FailedPrecondition, status.Code);
        var info = status.GetDetail<ErrorInfo>();
        Assert.Equal("TARGET_UNREACHABLE", info.Reason);
        Assert.Equal("4200", info.Metadata["best_reachable"]);
        Assert.Equal("response", status.GetDetail<PreconditionFailure>().Violations.Single().Subject);
    }

    [Fact]
    public void FromException_CurveArgument_IsInvalidArgumentNamingTheParameter()
    {
        var status = RpcErrors.FromException(new CurveArgumentException("slope", "slope must be a finite number > 0 (got -1)."), deadlinePassed: false);

        Assert.Equal((int)Code.InvalidArgument, status.Code);
        Assert.Equal("slope", status.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Equal("INVALID_CURVE", status.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public void FromException_Infeasible_ListsEachConflict()
    {
        var status = RpcErrors.FromException(
            new InfeasibleProblemException("budget 1000 above the sum of max spends 450", ["budget 1000 (exact)", "sum of max spends 450"]),
            deadlinePassed: false);

        Assert.Equal((int)Code.FailedPrecondition, status.Code);
        Assert.Equal(["budget 1000 (exact)", "sum of max spends 450"], status.GetDetail<PreconditionFailure>().Violations.Select(v => v.Subject));
        Assert.Equal("INFEASIBLE_CONSTRAINTS", status.GetDetail<ErrorInfo>().Reason);
    }
}
