using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.Fuzz;

/// <summary>Random optimizer.v1 requests: structurally valid protobuf with hostile contents (see <see cref="FuzzValues"/>).</summary>
internal static class RandomRequests
{
    public static AllocateBudgetRequest Allocate(Random random)
    {
        int count = random.Next(20) switch
        {
            0 => 0,
            1 => random.Next(100, 2_000),
            _ => random.Next(1, 25),
        };
        var request = new AllocateBudgetRequest();
        for (int i = 0; i < count; i++)
        {
            request.Channels.Add(Channel(random, i));
        }

        if (random.Next(10) > 0)
        {
            request.Budget = new Budget { Total = FuzzValues.Mostly(random, 10_000 * Math.Max(1, count)), Mode = random.Next(2) == 0 ? BudgetMode.Exact : (BudgetMode)random.Next(0, 4) };
        }

        if (random.Next(4) == 0)
        {
            request.Objective = Objective(random);
        }

        if (random.Next(5) == 0 && count > 0)
        {
            var group = new GroupConstraint { Name = "g", Channels = { Names(random, count) } };
            if (random.Next(2) == 0)
            {
                group.MinSpend = FuzzValues.Next(random);
            }

            if (random.Next(2) == 0)
            {
                group.MaxShare = FuzzValues.Next(random);
            }

            request.Groups.Add(group);
        }

        if (random.Next(6) == 0 && count > 1)
        {
            request.Ratios.Add(new RatioConstraint { Name = "r", NumeratorChannels = { Names(random, count) }, DenominatorChannels = { Names(random, count) }, MaxRatio = FuzzValues.Next(random) });
        }

        if (random.Next(6) == 0)
        {
            request.MaxActiveChannels = random.Next(-2, count + 2);
        }

        if (random.Next(6) == 0)
        {
            request.ValuePerResponse = FuzzValues.Next(random);
        }

        if (random.Next(3) == 0)
        {
            request.Options = new SolveOptions();
            if (random.Next(2) == 0)
            {
                request.Options.RelativeGapTolerance = FuzzValues.Next(random);
            }

            if (random.Next(2) == 0)
            {
                request.Options.TimeLimit = new Duration { Seconds = random.Next(5) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(0, 3), Nanos = random.Next(5) == 0 ? random.Next() : random.Next(0, 999_999_999) };
            }
        }

        return request;
    }

    public static EvaluateAllocationRequest Evaluate(Random random)
    {
        var allocate = Allocate(random);
        var request = new EvaluateAllocationRequest { Channels = { allocate.Channels } };
        foreach (var channel in allocate.Channels.Where(_ => random.Next(2) == 0))
        {
            request.Spends.Add(new ChannelSpend { Name = random.Next(10) == 0 ? "nope" : channel.Name, Spend = FuzzValues.Next(random) });
        }

        return request;
    }

    public static ComputeBudgetFrontierRequest Frontier(Random random)
    {
        var request = new ComputeBudgetFrontierRequest { Scenario = random.Next(10) == 0 ? null : Allocate(random), MinBudget = FuzzValues.Mostly(random, 1_000), MaxBudget = FuzzValues.Mostly(random, 50_000) };
        if (random.Next(2) == 0)
        {
            request.PointCount = random.Next(-3, 30);
        }
        else
        {
            request.BudgetStep = FuzzValues.Next(random);
        }

        return request;
    }

    private static Channel Channel(Random random, int index)
    {
        var channel = new Channel
        {
            Name = random.Next(30) switch { 0 => "", 1 => "dup", 2 => new string('x', random.Next(1, 5_000)), 3 => "\u0000\ud800", _ => $"c{index}" },
            Curve = random.Next(25) == 0 ? null : Curve(random),
            CurrentSpend = FuzzValues.Mostly(random, 5_000),
            Locked = random.Next(15) == 0,
        };
        if (random.Next(3) == 0)
        {
            channel.MinSpend = FuzzValues.Mostly(random, 500);
        }

        if (random.Next(3) == 0)
        {
            channel.MaxSpend = FuzzValues.Mostly(random, 20_000);
        }

        if (random.Next(8) == 0)
        {
            channel.MinSpendRatio = FuzzValues.Next(random);
        }

        if (random.Next(8) == 0)
        {
            channel.MaxSpendRatio = FuzzValues.Next(random);
        }

        if (random.Next(10) == 0)
        {
            channel.MinSpendIfActive = FuzzValues.Mostly(random, 1_000);
        }

        if (random.Next(10) == 0)
        {
            channel.SpendStep = FuzzValues.Mostly(random, 100);
        }

        if (random.Next(10) == 0)
        {
            channel.ValuePerResponse = FuzzValues.Next(random);
        }

        return channel;
    }

    private static ResponseCurve Curve(Random random)
    {
        double P(double typical) => FuzzValues.Mostly(random, typical);
        return random.Next(8) switch
        {
            0 => new ResponseCurve { Hill = new HillCurve { MaxResponse = P(10_000), HalfSaturation = P(2_000), Slope = P(1.5) } },
            1 => new ResponseCurve { Exponential = new ExponentialCurve { MaxResponse = P(10_000), Scale = P(3_000) } },
            2 => new ResponseCurve { Logarithmic = new LogarithmicCurve { Coefficient = P(5_000), Offset = P(1_000) } },
            3 => new ResponseCurve { Power = new PowerCurve { Coefficient = P(50), Exponent = P(0.5) } },
            4 => new ResponseCurve { MichaelisMenten = new MichaelisMentenCurve { MaxResponse = P(10_000), HalfSaturation = P(2_000) } },
            5 => new ResponseCurve { Logistic = new LogisticCurve { MaxResponse = P(10_000), Steepness = P(0.002), Midpoint = P(2_000) } },
            6 => new ResponseCurve { Weibull = new WeibullCurve { MaxResponse = P(10_000), Scale = P(3_000), Shape = P(1.5) } },
            _ => Piecewise(random),
        };
    }

    private static ResponseCurve Piecewise(Random random)
    {
        var curve = new PiecewiseLinearCurve();
        int points = random.Next(20) == 0 ? random.Next(1_000, 50_000) : random.Next(0, 8);
        double spend = 0;
        double response = 0;
        for (int k = 0; k < points; k++)
        {
            curve.Points.Add(new CurvePoint { Spend = spend, Response = response });
            spend = random.Next(10) == 0 ? FuzzValues.Next(random) : spend + (1_000 * random.NextDouble());
            response = random.Next(10) == 0 ? FuzzValues.Next(random) : response + (1_000 * random.NextDouble() / (k + 1));
        }

        return new ResponseCurve { PiecewiseLinear = curve };
    }

    private static Objective Objective(Random random) => random.Next(5) switch
    {
        0 => new Objective { MaximizeProfit = new MaximizeProfit() },
        1 => new Objective { ReachResponseTarget = new ReachResponseTarget { TargetResponse = FuzzValues.Mostly(random, 20_000) } },
        2 => new Objective { TargetEfficiency = new TargetEfficiency { TargetRoas = FuzzValues.Mostly(random, 2) } },
        3 => new Objective { TargetEfficiency = new TargetEfficiency { TargetCpa = FuzzValues.Mostly(random, 20) } },
        _ => new Objective { MarginalRoasFloor = new MarginalRoasFloor { MinMarginalRoas = FuzzValues.Mostly(random, 1) } },
    };

    private static IEnumerable<string> Names(Random random, int count) =>
        Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(8) == 0 ? "unknown" : $"c{random.Next(count)}");

    /// <summary>Serialized bytes, then mutated: bit flips, truncation, spliced random bytes, duplicated slices.</summary>
    public static byte[] Mutate(IMessage message, Random random)
    {
        var bytes = message.ToByteArray().ToList();
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits; e++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, RandomBytes(random, random.Next(1, 16)));
                    break;
                case 3 when bytes.Count > 0:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))));
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        bytes[at] = (byte)random.Next(256);
                    }

                    break;
            }
        }

        return bytes.ToArray();
    }

    public static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
