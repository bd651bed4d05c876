using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>
/// The allocator's solve metrics count every solve: one per Allocate call and one per frontier point. The problems
/// have 37 channels, a count no other test uses, so measurements from tests running in parallel are told apart.
/// </summary>
public class TelemetryTests
{
    private const int Channels = 37;

    [Fact]
    public void ComputeFrontier_SixPoints_SixSolvesRecorded()
    {
        var statuses = Listen(out var listener);
        using (listener)
        {
            var points = new BudgetAllocator().ComputeFrontier(Problem(), [100, 500, 1_000, 2_000, 4_000, 8_000]).ToList();

            Assert.Equal(6, points.Count);
        }

        Assert.Equal(6, statuses.Count);
        Assert.All(statuses, s => Assert.Equal("optimal", s));
    }

    [Fact]
    public void Allocate_OneSolveRecorded()
    {
        var statuses = Listen(out var listener);
        using (listener)
        {
            new BudgetAllocator().Allocate(Problem() with { Budget = 1_000 });
        }

        Assert.Equal(["optimal"], statuses);
    }

    private static Model.AllocationProblem Problem() =>
        Build.Problem(0, [.. Enumerable.Range(0, Channels).Select(i => Build.Channel($"c{i}", new ExponentialCurve(1_000 + (10 * i), 200 + i)))]);

    /// <summary>Statuses of the solves with <see cref="Channels"/> channels, from the duration histogram's tags.</summary>
    private static ConcurrentQueue<string> Listen(out MeterListener listener)
    {
        var statuses = new ConcurrentQueue<string>();
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AllocationTelemetry.SourceName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        var local = new ThreadLocal<long>();
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "optimizer.solve.channels")
            {
                local.Value = value;
            }
            else if (instrument.Name == "optimizer.solve.count" && local.Value == Channels)
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "status")
                    {
                        statuses.Enqueue((string)tag.Value!);
                    }
                }
            }
        });
        listener.Start();
        return statuses;
    }
}
