using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Benchmarks;

/// <summary>
/// Seeded benchmark problems. Each channel gets a curve whose spend scale (κ, a, λ or x0) is drawn
/// log-uniformly over two orders of magnitude, bounds [0, M_i] with M_i = 3–5 × that scale, and the
/// budget row is exact at 60 % of Σ M_i.
/// </summary>
internal static class ProblemFactory
{
    private const double BudgetShare = 0.6;

    /// <summary>A concave mix: Hill (slope ≤ 1), exponential, logarithmic, power and Michaelis–Menten.</summary>
    public static AllocationProblem Concave(int n, int seed) => Build(n, seed, sCurveShare: 0.0);

    /// <summary>About half S-curves (Hill slope 1.5–3.5, logistic with midpoint &gt; 0), the rest concave.</summary>
    public static AllocationProblem Mixed(int n, int seed) => Build(n, seed, sCurveShare: 0.5);

    /// <summary><paramref name="count"/> budgets evenly spaced from 20 % to 100 % of the problem's budget.</summary>
    public static double[] Budgets(AllocationProblem problem, int count) =>
        [.. Enumerable.Range(0, count).Select(i => problem.Budget * (0.2 + (0.8 * i / (count - 1))))];

    private static AllocationProblem Build(int n, int seed, double sCurveShare)
    {
        var random = new Random(seed);
        var channels = new ChannelSpec[n];
        double totalMax = 0;
        for (int i = 0; i < n; i++)
        {
            double scale = 1e3 * Math.Pow(10, 2 * random.NextDouble());
            double beta = scale * (0.5 + (4.5 * random.NextDouble()));
            var curve = random.NextDouble() < sCurveShare ? SCurve(random, beta, scale) : ConcaveCurve(random, beta, scale);
            double max = scale * (3 + (2 * random.NextDouble()));
            totalMax += max;
            channels[i] = new ChannelSpec($"ch{i:D5}", curve, CurrentSpend: 0, MinSpend: 0, MaxSpend: max);
        }

        return new AllocationProblem(channels, BudgetShare * totalMax, BudgetMode.Exact);
    }

    private static IResponseCurve ConcaveCurve(Random random, double beta, double scale) => random.Next(5) switch
    {
        0 => new HillCurve(beta, scale, 0.5 + (0.5 * random.NextDouble())),
        1 => new ExponentialCurve(beta, scale),
        2 => new LogarithmicCurve(beta / 5, scale),
        3 => new PowerCurve(beta / Math.Sqrt(scale), 0.3 + (0.5 * random.NextDouble())),
        _ => new MichaelisMentenCurve(beta, scale),
    };

    private static IResponseCurve SCurve(Random random, double beta, double scale) => random.Next(2) switch
    {
        0 => new HillCurve(beta, scale, 1.5 + (2 * random.NextDouble())),
        _ => new LogisticCurve(beta, (2 + (4 * random.NextDouble())) / scale, scale),
    };
}
