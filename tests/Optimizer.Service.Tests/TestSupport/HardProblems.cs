using Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>
/// Requests whose certified optimum takes far longer than a test waits: hundreds of S-shaped Hill curves
/// (slope 2 to 5) with a gap tolerance of 1e-9 and a cap on active channels, so the branch and bound runs until its
/// time limit.
/// </summary>
internal static class HardProblems
{
    public static AllocateBudgetRequest SCurves(int channels = 1_500, int seed = 3)
    {
        var random = new Random(seed);
        var request = new AllocateBudgetRequest
        {
            Budget = new Budget { Total = 250_000, Mode = BudgetMode.Exact },
            Options = new SolveOptions { RelativeGapTolerance = 1e-9 },
            MaxActiveChannels = channels / 5,
        };
        for (int i = 0; i < channels; i++)
        {
            request.Channels.Add(new Channel
            {
                Name = $"c{i}",
                Curve = new ResponseCurve
                {
                    Hill = new HillCurve
                    {
                        MaxResponse = 1_000 + (random.NextDouble() * 9_000),
                        HalfSaturation = 500 + (random.NextDouble() * 2_000),
                        Slope = 2 + (3 * random.NextDouble()),
                    },
                },
            });
        }

        return request;
    }

    /// <summary>
    /// 3,000 S-curve channels with a group row over half of them (at most 40 % of the budget): the relaxation is
    /// then a cutting-plane LP (GLOP) whose rounds took 17 s before the deadline was checked inside them, so only
    /// those checks keep the answer near the deadline. The answer is small either way (DEADLINE_EXCEEDED, or a split).
    /// </summary>
    public static AllocateBudgetRequest LargeCoupled(int channels = 3_000, int seed = 5)
    {
        var request = SCurves(channels, seed);
        request.ClearMaxActiveChannels();
        request.Budget.Total = 250 * channels;
        var group = new GroupConstraint { Name = "half", MaxShare = 0.4 };
        group.Channels.Add(request.Channels.Take(channels / 2).Select(c => c.Name));
        request.Groups.Add(group);
        return request;
    }
}
