using Optimizer.Allocation.Relaxation;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// Certified global maximization of a sum of concave, S-shaped or tabulated curves under one budget row,
/// by spatial branch and bound over channel spend intervals (Udell &amp; Boyd, "Maximizing a sum of
/// sigmoids", Optimization and Engineering 17, 2016, Algorithm 1).
/// <list type="bullet">
/// <item>Bound: at each node every curve is replaced by its concave envelope on the node's interval and the
/// relaxation is solved exactly by the multiplier method (<see cref="MultiplierSolver"/>); its dual value
/// bounds every split in the node.</item>
/// <item>Incumbent: the relaxation's split is feasible, so its true objective is a lower bound; a polish step
/// re-solves the budget with each channel restricted to the concave side of its curve (funded channels) or
/// held at its lower bound (unfunded ones), an exact local optimum for that on/off pattern.</item>
/// <item>Branch: on the channel with the largest envelope gap at the relaxation's split, at that spend
/// (for a semi-continuous channel inside its forbidden gap: off versus at least its minimum).</item>
/// <item>Search: best bound first; stop when (best bound − incumbent) ≤ tolerance·|best bound|, or at the deadline.</item>
/// </list>
/// With concave curves only, the root relaxation is the problem itself and no branching happens.
/// </summary>
internal sealed class BranchAndBound
{
    private readonly SeparableProblem _problem;
    private readonly ChannelPiece[] _root;
    private readonly double _tolerance;
    private readonly IRelaxation _relaxation;

    private BranchAndBound(SeparableProblem problem, double tolerance)
    {
        _problem = problem;
        _tolerance = tolerance;
        _relaxation = problem.Relaxation();
        _root = new ChannelPiece[problem.Count];
        for (int i = 0; i < problem.Count; i++)
        {
            _root[i] = PieceFactory.Create(problem.Curves[i], problem.Values[i], problem.Lower[i], problem.ActiveFrom[i], problem.Upper[i]);
        }
    }

    /// <summary>Solves the problem to the relative gap tolerance or until the deadline.</summary>
    /// <param name="problem">A feasible problem (Σ lower ≤ B, and Σ upper ≥ B when exact).</param>
    /// <param name="tolerance">Relative gap tolerance, e.g. 1e-6.</param>
    /// <param name="deadline">Stop time (UTC ticks of <see cref="Environment.TickCount64"/>), or long.MaxValue.</param>
    /// <param name="priceHint">A price near the answer (e.g. from a neighbouring frontier point), or 0.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static SeparableSolution Solve(SeparableProblem problem, double tolerance, long deadline, double priceHint, CancellationToken cancellationToken)
    {
        var solver = new BranchAndBound(problem, tolerance);
        return solver.Run(deadline, priceHint, cancellationToken);
    }

    private SeparableSolution Run(long deadline, double priceHint, CancellationToken cancellationToken)
    {
        double[]? best = null;
        double bestValue = double.NegativeInfinity, bestPrice = priceHint;
        double[]? bestRowPrices = null;
        double closedBound = double.NegativeInfinity;
        long nodes = 0;
        bool timedOut = false;
        var open = new PriorityQueue<Node, double>();
        var start = priceHint > 0 ? new MultiplierSolution([], priceHint, double.PositiveInfinity, 0) : null;
        open.Enqueue(new Node(null, double.PositiveInfinity, start), 0);

        while (open.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (best is not null && Environment.TickCount64 >= deadline)
            {
                timedOut = true;
                break;
            }

            var node = open.Dequeue();
            if (best is not null && Prunable(node.Bound, bestValue))
            {
                closedBound = Math.Max(closedBound, node.Bound);
                continue;
            }

            nodes++;
            var pieces = Pieces(node);
            var relaxed = _relaxation.Solve(pieces, node.Hint);
            if (relaxed is null)
            {
                continue;
            }

            double bound = Math.Min(node.Bound, relaxed.UpperBound);

            foreach (var candidate in Candidates(pieces, relaxed).Where(_problem.OnSteps))
            {
                double value = _problem.Objective(candidate);
                if (value > bestValue)
                {
                    (best, bestValue, bestPrice, bestRowPrices) = (candidate, value, relaxed.Price, relaxed.RowPrices);
                }
            }

            int branch = BranchChannel(pieces, relaxed.Spends, out double gap);
            bool onStep = branch < 0;
            if (onStep)
            {
                branch = StepChannel(relaxed.Spends);
            }

            if (branch < 0 || Prunable(bound, bestValue))
            {
                closedBound = Math.Max(closedBound, branch < 0 ? bound : Math.Max(bound, bestValue));
                continue;
            }

            var children = onStep
                ? StepSplit(node, pieces[branch], branch, relaxed.Spends[branch], bound, relaxed)
                : Split(node, pieces[branch], branch, relaxed.Spends[branch], bound, relaxed);
            foreach (var child in children)
            {
                open.Enqueue(child, -bound);
            }
        }

        double openBound = open.Count > 0 ? open.UnorderedItems.Max(e => e.Element.Bound) : double.NegativeInfinity;
        if (best is null)
        {
            throw new Errors.InfeasibleProblemException(
                "no split satisfies every constraint together (the minimum spend if active of some channels cannot be combined with the budget and coupling rows)",
                ["minimum spend if active", "budget and coupling rows"]);
        }

        double bestBound = Math.Max(Math.Max(closedBound, openBound), bestValue);
        return new SeparableSolution(best, bestValue, bestBound, bestPrice, nodes, timedOut, bestRowPrices);
    }

    private bool Prunable(double bound, double incumbent) =>
        bound - incumbent <= _tolerance * Math.Max(Math.Abs(bound), 1e-300);

    /// <summary>The root pieces with the node's interval overrides applied (the deepest override wins).</summary>
    private ChannelPiece[] Pieces(Node node)
    {
        var pieces = (ChannelPiece[])_root.Clone();
        var seen = new HashSet<int>();
        for (var o = node.Override; o is not null; o = o.Parent)
        {
            if (seen.Add(o.Channel))
            {
                pieces[o.Channel] = o.Piece;
            }
        }

        return pieces;
    }

    /// <summary>The channel with the largest value-weighted envelope gap at x, or −1 when every gap is 0.</summary>
    private static int BranchChannel(ChannelPiece[] pieces, double[] x, out double gap)
    {
        int branch = -1;
        gap = 0;
        for (int i = 0; i < pieces.Length; i++)
        {
            double g = pieces[i].ValuePerResponse * pieces[i].Gap(x[i]);
            if (g > gap)
            {
                (gap, branch) = (g, i);
            }
        }

        return branch;
    }

    private IEnumerable<Node> Split(Node node, ChannelPiece piece, int channel, double at, double bound, MultiplierSolution price)
    {
        var curve = _problem.Curves[channel];
        double v = _problem.Values[channel];
        double a = ActiveFrom(channel, piece);
        if (a > piece.Lower && at < a)
        {
            // Semi-continuous gap: off, or at least the minimum.
            yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, piece.Lower, piece.Lower), bound, price);
            yield return Child(node, channel, PieceFactory.Create(curve, v, a, a, piece.Upper), bound, price);
            yield break;
        }

        yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, Math.Min(a, at), at), bound, price);
        yield return Child(node, channel, PieceFactory.Create(curve, v, at, at, piece.Upper), bound, price);
    }

    /// <summary>The stepped channel farthest from a multiple of its step, or −1 when all are on their steps.</summary>
    private int StepChannel(double[] x)
    {
        int channel = -1;
        double worst = 1e-9;
        for (int i = 0; i < x.Length; i++)
        {
            if (_problem.Steps[i] > 0 && _problem.StepOffset(i, x[i]) > worst)
            {
                (worst, channel) = (_problem.StepOffset(i, x[i]), i);
            }
        }

        return channel;
    }

    /// <summary>Granularity branch: spend at most the multiple below x, or at least the multiple above it.</summary>
    private IEnumerable<Node> StepSplit(Node node, ChannelPiece piece, int channel, double at, double bound, MultiplierSolution hint)
    {
        var curve = _problem.Curves[channel];
        double v = _problem.Values[channel], step = _problem.Steps[channel], a = ActiveFrom(channel, piece);
        double below = Math.Floor(at / step) * step, above = below + step;
        if (below >= a)
        {
            yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, a, below), bound, hint);
        }
        else if (below >= piece.Lower && a > piece.Lower)
        {
            yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, piece.Lower, piece.Lower), bound, hint);
        }

        if (above <= piece.Upper)
        {
            yield return Child(node, channel, PieceFactory.Create(curve, v, above, above, piece.Upper), bound, hint);
        }
    }

    /// <summary>The piece's active-from point: the root's unless the node already moved the lower end past it.</summary>
    private double ActiveFrom(int channel, ChannelPiece piece) =>
        piece.Lower < _problem.ActiveFrom[channel] ? _problem.ActiveFrom[channel] : piece.Lower;

    private static Node Child(Node parent, int channel, ChannelPiece piece, double bound, MultiplierSolution price) =>
        new(new Override(channel, piece, parent.Override), bound, price);

    /// <summary>The relaxation's split and its polished variants (all feasible).</summary>
    private IEnumerable<double[]> Candidates(ChannelPiece[] pieces, MultiplierSolution relaxed)
    {
        yield return relaxed.Spends;
        foreach (bool fundFractional in new[] { true, false })
        {
            var polished = Polish(pieces, relaxed, fundFractional);
            if (polished is not null)
            {
                yield return polished;
                if (!_problem.OnSteps(polished) && RoundToSteps(pieces, polished, relaxed) is { } rounded)
                {
                    yield return rounded;
                }
            }
        }

        if (!_problem.OnSteps(relaxed.Spends) && RoundToSteps(pieces, relaxed.Spends, relaxed) is { } roundedRelaxed)
        {
            yield return roundedRelaxed;
        }
    }

    /// <summary>
    /// Re-solves the budget exactly with funded channels restricted to the concave side of their curves and
    /// unfunded ones held at their lower bound; channels on an envelope's linear part are funded or not as asked.
    /// Returns null when that pattern cannot meet the budget.
    /// </summary>
    private double[]? Polish(ChannelPiece[] pieces, MultiplierSolution relaxed, bool fundFractional)
    {
        var local = new ChannelPiece[pieces.Length];
        double lowSum = 0, highSum = 0;
        bool changed = false;
        for (int i = 0; i < pieces.Length; i++)
        {
            var p = pieces[i];
            double x = relaxed.Spends[i];
            bool fractional = p.Gap(x) > 0;
            bool funded = x > p.Lower && (!fractional || fundFractional);
            double concaveFrom = Math.Clamp(_problem.Curves[i].InflectionSpend, p.Lower, p.Upper);
            concaveFrom = Math.Max(concaveFrom, Math.Min(ActiveFrom(i, p), p.Upper));
            if (!funded)
            {
                local[i] = x == p.Lower && !fractional ? p : PieceFactory.Create(_problem.Curves[i], _problem.Values[i], p.Lower, p.Lower, p.Lower);
                changed |= fractional;
            }
            else if (concaveFrom > p.Lower || fractional)
            {
                local[i] = PieceFactory.Create(_problem.Curves[i], _problem.Values[i], concaveFrom, concaveFrom, p.Upper);
                changed = true;
            }
            else
            {
                local[i] = p;
            }

            lowSum += local[i].Lower;
            highSum += local[i].Upper;
        }

        double budget = _problem.Budget;
        if (!changed || lowSum > budget || (_problem.Mode == Model.BudgetMode.Exact && highSum < budget))
        {
            return null;
        }

        return _relaxation.Solve(local, relaxed)?.Spends;
    }

    /// <summary>
    /// Rounding heuristic for spend granularity: every stepped channel is fixed at the multiple of its step
    /// nearest to x inside its domain (down first when the budget is tight), and the continuous channels
    /// re-solve the budget. Null when that cannot meet the budget and rows.
    /// </summary>
    private double[]? RoundToSteps(ChannelPiece[] pieces, double[] x, MultiplierSolution hint)
    {
        var local = (ChannelPiece[])pieces.Clone();
        for (int i = 0; i < pieces.Length; i++)
        {
            double step = _problem.Steps[i];
            if (step <= 0)
            {
                continue;
            }

            var p = pieces[i];
            double down = Math.Floor((x[i] / step) + 1e-9) * step, up = down + step;
            double target = x[i] - down <= up - x[i] ? down : up;
            if (target > p.Upper || (target < p.Lower))
            {
                target = down >= p.Lower && down <= p.Upper ? down : up;
            }

            if (target < p.Lower || target > p.Upper || (target > p.Lower && target < ActiveFrom(i, p)))
            {
                return null;
            }

            local[i] = PieceFactory.Create(_problem.Curves[i], _problem.Values[i], target, target, target);
        }

        var solved = _relaxation.Solve(local, hint);
        if (solved is null)
        {
            return null;
        }

        return Polish(local, solved, fundFractional: true) is { } polished && _problem.Objective(polished) > _problem.Objective(solved.Spends) ? polished : solved.Spends;
    }

    private sealed record Override(int Channel, ChannelPiece Piece, Override? Parent);

    private sealed record Node(Override? Override, double Bound, MultiplierSolution? Hint);
}
