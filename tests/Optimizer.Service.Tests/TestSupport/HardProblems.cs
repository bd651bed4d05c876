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
    /// Thousands of S-curve channels, each off or at least 300 (min_spend_if_active) and bought in steps of 50: one
    /// branch-and-bound node (relaxation, polish, rounding) takes tens of milliseconds, so only checks inside the
    /// relaxations keep the answer near the deadline.
    /// </summary>
    public static AllocateBudgetRequest LargeDiscrete(int channels = 5_000, int seed = 5)
    {
        var request = SCurves(channels, seed);
        request.ClearMaxActiveChannels();
        request.Budget.Total = 250 * channels;
        foreach (var channel in request.Channels)
        {
            channel.MinSpendIfActive = 300;
            channel.SpendStep = 50;
        }

        return request;
    }
}
