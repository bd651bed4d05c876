using System.Diagnostics;
using Optimizer.Service.Admission;
using Optimizer.Service.Hosting;

namespace Optimizer.Service.Tests.Unit;

/// <summary>
/// The CoDel-style rule of <see cref="SolveAdmission.CpuSaturated"/> on a scripted backlog and clock: limit 32,
/// interval 5 ms, refusal memory 100 ms, hard limit 4 × 32 = 128 (the expected answers follow from those numbers).
/// </summary>
public class CpuBacklogRuleTests
{
    private readonly Script _script = new();
    private readonly SolveAdmission _admission;

    public CpuBacklogRuleTests()
    {
        _admission = new SolveAdmission(
            new ServiceLimits { MaxPendingWorkItems = 32, CpuBacklogInterval = TimeSpan.FromMilliseconds(5) },
            () => _script.Backlog,
            () => _script.Ticks);
    }

    [Fact]
    public void Burst_DrainedWithinTheInterval_Admitted()
    {
        Assert.False(At(0, 10));
        Assert.False(At(1, 100));
        Assert.False(At(3, 60));
        Assert.False(At(4.9, 33));
        Assert.False(At(5.5, 20));
        Assert.False(At(20, 100));
        Assert.False(At(24.9, 40));
    }

    [Fact]
    public void Backlog_StandingForTheInterval_RefusedUntilItDrains()
    {
        Assert.False(At(0, 40));
        Assert.False(At(4.9, 40));
        Assert.True(At(5, 40));
        Assert.True(At(30, 33));
        Assert.False(At(31, 32));
        Assert.False(At(200, 31));
    }

    [Fact]
    public void Backlog_AboveFourTimesTheLimit_RefusedAtOnce()
    {
        Assert.False(At(0, 128));
        Assert.True(At(0.1, 129));
    }

    [Fact]
    public void Backlog_BackAboveTheLimitSoonAfterARefusal_RefusedAtOnce()
    {
        Assert.True(At(0, 200));
        Assert.False(At(10, 30));
        Assert.True(At(99, 33));
        Assert.False(At(199.5, 31));
        Assert.False(At(210, 40));
        Assert.True(At(215, 40));
    }

    [Fact]
    public void CheckOff_NeverRefused()
    {
        var admission = new SolveAdmission(new ServiceLimits { MaxPendingWorkItems = 0 }, () => 1_000_000, () => _script.Ticks);

        Assert.False(admission.CpuSaturated(out long pending));
        Assert.Equal(0, pending);
    }

    [Fact]
    public void ZeroInterval_RefusedOnTheFirstLook()
    {
        var admission = new SolveAdmission(new ServiceLimits { MaxPendingWorkItems = 32, CpuBacklogInterval = TimeSpan.Zero }, () => 33, () => _script.Ticks);

        Assert.True(admission.CpuSaturated(out long pending));
        Assert.Equal(33, pending);
    }

    private bool At(double milliseconds, long backlog)
    {
        _script.Ticks = 1_000_000 + (long)(milliseconds / 1_000 * Stopwatch.Frequency);
        _script.Backlog = backlog;
        return _admission.CpuSaturated(out _);
    }

    private sealed class Script
    {
        public long Backlog { get; set; }

        public long Ticks { get; set; } = 1_000_000;
    }
}
