using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>Short constructors for test problems.</summary>
internal static class Build
{
    public static ChannelSpec Channel(string name, IResponseCurve curve, double max = double.PositiveInfinity, double min = 0, double current = 0, bool locked = false) =>
        new(name, curve, current, min, max, locked);

    public static AllocationProblem Problem(double budget, params ChannelSpec[] channels) => new(channels, budget);

    public static double Objective(AllocationProblem problem, IReadOnlyList<double> x) =>
        problem.Channels.Select((c, i) => c.ValuePerResponse * c.Curve.Value(x[i])).Sum();
}
