using Google.Protobuf.WellKnownTypes;
using Optimizer.Contracts.Mapping;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.Unit;

public sealed class SolveOptionsMappingTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly RequestLimits Limits = RequestLimits.Default with { DefaultTimeLimit = TimeSpan.FromSeconds(30), MaxTimeLimit = TimeSpan.FromMinutes(5) };

    [Fact]
    public void ToDomain_NoOptionsNoDeadline_UsesDefaults()
    {
        var options = SolveOptionsMapping.ToDomain(null, DateTime.MaxValue, Now, Limits);

        Assert.Equal(1e-6, options.RelativeGapTolerance);
        Assert.Equal(TimeSpan.FromSeconds(30), options.TimeLimit);
    }

    [Fact]
    public void ToDomain_CallDeadline_BecomesTheTimeLimit()
    {
        var options = SolveOptionsMapping.ToDomain(new V1.SolveOptions { RelativeGapTolerance = 1e-3 }, Now.AddSeconds(7), Now, Limits);

        Assert.Equal(1e-3, options.RelativeGapTolerance);
        Assert.Equal(TimeSpan.FromSeconds(7), options.TimeLimit);
    }

    [Fact]
    public void ToDomain_RequestedLimitAboveTheServerMaximum_IsCapped()
    {
        var requested = new V1.SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromHours(2)) };

        var options = SolveOptionsMapping.ToDomain(requested, Now.AddHours(3), Now, Limits);

        Assert.Equal(TimeSpan.FromMinutes(5), options.TimeLimit);
    }

    [Fact]
    public void ToDomain_DeadlineAlreadyPassed_KeepsAPositiveLimit()
    {
        var options = SolveOptionsMapping.ToDomain(null, Now.AddSeconds(-1), Now, Limits);

        Assert.Equal(TimeSpan.FromMilliseconds(1), options.TimeLimit);
    }
}
