using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Solvers;

/// <summary>Turns spends into per-channel results (response, ROAS, marginal ROAS, active bound) and a result record.</summary>
internal static class ResultBuilder
{
    /// <summary>Relative tolerance for "at a bound".</summary>
    private const double BoundTolerance = 1e-9;

    /// <summary>One channel at a spend; <paramref name="upper"/> is the solver's cap (null when only evaluating).</summary>
    public static ChannelAllocation Channel(ChannelSpec c, double spend, double? upper)
    {
        double response = c.Curve.Value(spend);
        double marginal = c.ValuePerResponse * c.Curve.Marginal(spend);
        return new ChannelAllocation(
            c.Name,
            spend,
            response,
            spend > 0 ? c.ValuePerResponse * response / spend : null,
            double.IsFinite(marginal) ? marginal : null,
            c.CurrentSpend,
            c.Curve.Value(c.CurrentSpend),
            upper is null ? ActiveBound.None : Bound(c, spend, upper.Value));
    }

    /// <summary>The full result.</summary>
    public static AllocationResult Build(AllocationProblem problem, SeparableProblem core, SeparableSolution solution, double[] x, double objective, double bound, double budgetPrice, long nodes, SolveOptions options)
    {
        var channels = new ChannelAllocation[problem.Channels.Count];
        for (int i = 0; i < channels.Length; i++)
        {
            channels[i] = Channel(problem.Channels[i], x[i], core.Upper[i]);
        }

        double gap = Math.Max(0.0, (bound - objective) / Math.Max(Math.Abs(bound), 1e-300));
        bool binding = Math.Abs(x.Sum() - problem.Budget) <= 1e-9 * Math.Max(1.0, problem.Budget);
        double price = binding ? Math.Max(0.0, budgetPrice) : 0.0;
        return new AllocationResult(
            gap <= options.RelativeGapTolerance ? SolveStatus.Optimal : SolveStatus.Feasible,
            channels,
            objective,
            Math.Max(bound, objective),
            gap,
            price,
            [new ConstraintPrice("budget", price, binding), .. RowPrices(core, solution, x)],
            TimeSpan.Zero,
            nodes);
    }

    /// <summary>Shadow price and binding flag of each coupling row besides the budget.</summary>
    private static IEnumerable<ConstraintPrice> RowPrices(SeparableProblem core, SeparableSolution solution, double[] x)
    {
        for (int r = 0; r < core.Rows.Count; r++)
        {
            var row = core.Rows[r];
            double activity = row.Activity(x);
            double scale = 1e-7 * Math.Max(1.0, core.Budget);
            bool binding = Math.Abs(activity - row.Lower) <= scale || Math.Abs(activity - row.Upper) <= scale;
            double price = binding && solution.RowPrices is { } p && r < p.Length ? p[r] : 0.0;
            yield return new ConstraintPrice(row.Name, price, binding);
        }
    }

    private static ActiveBound Bound(ChannelSpec c, double spend, double upper)
    {
        if (c.Locked)
        {
            return ActiveBound.Locked;
        }

        if (c.SemiContinuous && spend == 0)
        {
            return ActiveBound.Off;
        }

        double scale = BoundTolerance * Math.Max(1.0, Math.Abs(spend));
        if (spend <= c.MinSpend + scale)
        {
            return ActiveBound.Min;
        }

        return double.IsFinite(c.MaxSpend) && spend >= Math.Min(c.MaxSpend, upper) - scale && spend >= c.MaxSpend - scale ? ActiveBound.Max : ActiveBound.None;
    }
}
