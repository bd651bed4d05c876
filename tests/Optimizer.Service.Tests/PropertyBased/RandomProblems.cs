using FsCheck;
using FsCheck.Fluent;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Service.Tests.PropertyBased;

/// <summary>
/// FsCheck generators of valid allocation problems: 1 to 12 channels of every curve family (concave and S-shaped:
/// Hill slope up to 4.5, logistic, Weibull shape above 1), with free, boxed, capped and locked channels, and a budget
/// between the sum of the lower bounds and the sum of the (finite) upper bounds, spent exactly or at most.
/// </summary>
public static class RandomProblems
{
    public static Arbitrary<AllocationProblem> Problems() => Arb.From(Problem(), _ => []);

    private static Gen<AllocationProblem> Problem() =>
        from count in Gen.Choose(1, 12)
        from channels in Gen.CollectToArray(Enumerable.Range(0, count), Channel)
        from fraction in Gen.Choose(0, 1_000)
        from atMost in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select Build(channels.ToArray(), fraction / 1_000.0, atMost);

    private static AllocationProblem Build(ChannelSpec[] channels, double fraction, bool atMost)
    {
        double lower = channels.Sum(c => c.Lower);
        double upper = channels.Sum(c => Math.Min(c.Upper, c.Lower + 50_000));
        return new AllocationProblem(channels, lower + (fraction * (upper - lower)), atMost ? BudgetMode.AtMost : BudgetMode.Exact);
    }

    private static Gen<ChannelSpec> Channel(int index) =>
        from family in Gen.Choose(0, 6)
        from size in Gen.Choose(1, 10_000)
        from scale in Gen.Choose(1, 10_000)
        from shape in Gen.Choose(1, 40)
        from current in Gen.Choose(0, 20_000)
        from bounds in Gen.Choose(0, 5)
        from low in Gen.Choose(0, 5_000)
        from width in Gen.Choose(0, 30_000)
        select Spec($"c{index}", Curve(family, 10.0 * size, scale, shape), current, bounds, low, width);

    private static IResponseCurve Curve(int family, double size, double scale, int shape) => family switch
    {
        0 => new ExponentialCurve(size, scale),
        1 => new LogarithmicCurve(size / 10, scale),
        2 => new MichaelisMentenCurve(size, scale),
        3 => new PowerCurve(size / 1_000, 0.2 + (0.7 * shape / 40)),
        4 => new HillCurve(size, scale, 0.5 + (shape / 10.0)),
        5 => new LogisticCurve(size, 4.0 / scale, scale),
        _ => new WeibullCurve(size, scale, 0.5 + (shape / 20.0)),
    };

    private static ChannelSpec Spec(string name, IResponseCurve curve, double current, int bounds, double low, double width) => bounds switch
    {
        1 => new ChannelSpec(name, curve, current, low, low + width),
        2 => new ChannelSpec(name, curve, current, 0, double.PositiveInfinity, Locked: true),
        3 => new ChannelSpec(name, curve, current, 0, width),
        _ => new ChannelSpec(name, curve, current, 0, double.PositiveInfinity),
    };
}
