namespace Optimizer.Service.Tests.Fuzz;

/// <summary>Numbers that break naive numerics: NaN, ±∞, signed zeros, subnormals, 1e-12 … 1e15 and the double limits.</summary>
internal static class FuzzValues
{
    private static readonly double[] Edges =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -0.0, -1, 1, 0.5, 2, double.Epsilon, -double.Epsilon,
        1e-300, 1e-12, 1e-9, 1e-6, 1e6, 1e9, 1e12, 1e15, 1e300, double.MaxValue, double.MinValue, -1e15,
    ];

    /// <summary>An edge value (1 in 3), else a log-uniform magnitude in [1e-12, 1e15] (negative 1 in 10).</summary>
    public static double Next(Random random)
    {
        if (random.Next(3) == 0)
        {
            return Edges[random.Next(Edges.Length)];
        }

        double magnitude = Math.Pow(10, -12 + (27 * random.NextDouble()));
        return random.Next(10) == 0 ? -magnitude : magnitude;
    }

    /// <summary>A plausible value (a spend or a curve parameter of a sane problem) most of the time, else <see cref="Next"/>.</summary>
    public static double Mostly(Random random, double typical) =>
        random.Next(4) == 0 ? Next(random) : typical * (0.2 + (1.6 * random.NextDouble()));
}
