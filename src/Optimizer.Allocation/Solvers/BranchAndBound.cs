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
/// <item>Search: best bound first; stop when (best bound − incumbent) ≤ tolerance·|best bound|, or at the deadline, which is
/// checked between nodes and inside every relaxation (<see cref="SolveStop"/>), so one slow node cannot overrun it;
/// without any feasible split the search may run <see cref="FirstSplitGraceMs"/> past it to find one.</item>
/// </list>
/// With concave curves only, the root relaxation is the problem itself and no branching happens.
/// </summary>
internal sealed partial class BranchAndBound
{
    private readonly SeparableProblem _problem;
    private readonly ChannelPiece[] _root;
    private readonly double _tolerance;
    private readonly IRelaxation _relaxation;
    private readonly long _started = Environment.TickCount64;

    /// <summary>
    /// How far past the deadline the search may run while it has no feasible split yet, in milliseconds. The service
    /// gives the solver its call's deadline less a 25 ms margin (ServiceLimits.DeadlineSafetyMargin), so a first
    /// split found in this grace still reaches the client by its deadline.
    /// </summary>
    private const long FirstSplitGraceMs = 25;

    private readonly SolveStop _stop;
    private readonly SolveStop _firstSplitStop;

    /// <summary>The stop in force: <see cref="_firstSplitStop"/> until an incumbent exists, then <see cref="_stop"/>.</summary>
    private SolveStop _active;

    private BranchAndBound(SeparableProblem problem, double tolerance, SolveStop stop)
    {
        _problem = problem;
        _tolerance = tolerance;
        _stop = stop;
        _firstSplitStop = stop.Deadline >= long.MaxValue - FirstSplitGraceMs ? stop : stop with { Deadline = stop.Deadline + FirstSplitGraceMs };
        _active = _firstSplitStop;
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
        var solver = new BranchAndBound(problem, tolerance, new SolveStop(deadline, cancellationToken));
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
            // The root always starts; until a first feasible split exists the search may use the grace past the deadline.
            if (nodes > 0 && Environment.TickCount64 >= deadline && (best is not null || _active.Due))
            {
                if (best is null)
                {
                    throw new Errors.NoFeasibleSplitInTimeException(TimeSpan.FromMilliseconds(Math.Max(0, deadline - _started)));
                }

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
            var pieces = Pieces(node, out var committed);
            if (pieces is null)
            {
                continue;
            }

            MultiplierSolution? relaxed;
            try
            {
                relaxed = _relaxation.Solve(pieces, node.Hint, _active);
            }
            catch (SolveInterruptedException)
            {
                // The node stays open at its parent's bound; the incumbent (if any) is the answer.
                cancellationToken.ThrowIfCancellationRequested();
                closedBound = Math.Max(closedBound, node.Bound);
                timedOut = true;
                break;
            }

            if (relaxed is null)
            {
                continue;
            }

            double bound = Math.Min(node.Bound, relaxed.UpperBound);

            bool interrupted = false;
            try
            {
                foreach (var candidate in Candidates(pieces, relaxed, committed).Select(x => _problem.Snap((double[])x.Clone())).Where(x => _problem.InDomain(x) && _problem.OnSteps(x) && _problem.WithinCardinality(x)))
                {
                    // The heuristics run lazily: stop them once the time is up and an incumbent exists.
                    if (best is not null && Environment.TickCount64 >= deadline)
                    {
                        break;
                    }

                    double value = _problem.Objective(candidate);
                    if (value > bestValue)
                    {
                        (best, bestValue, bestPrice, bestRowPrices) = (candidate, value, relaxed.Price, relaxed.RowPrices);
                        _active = _stop;
                    }
                }
            }
            catch (SolveInterruptedException)
            {
                // A heuristic's re-solve fell due: keep what was found, and this node's bound stays open.
                cancellationToken.ThrowIfCancellationRequested();
                interrupted = true;
            }

            if (interrupted)
            {
                closedBound = Math.Max(closedBound, bound);
                timedOut = true;
                break;
            }

            int branch = CardinalityChannel(pieces, relaxed, committed);
            var rule = BranchRule.Activation;
            if (branch < 0)
            {
                // A spend inside a semi-continuous channel's forbidden gap, or on an envelope's linear part.
                branch = GapChannel(pieces, relaxed.Spends);
                rule = BranchRule.Envelope;
            }

            if (branch < 0)
            {
                branch = BranchChannel(pieces, relaxed.Spends, out _);
            }

            if (branch < 0)
            {
                branch = StepChannel(relaxed.Spends);
                rule = BranchRule.Step;
            }

            if (branch < 0 || Prunable(bound, bestValue))
            {
                closedBound = Math.Max(closedBound, branch < 0 ? bound : Math.Max(bound, bestValue));
                continue;
            }

            var children = rule switch
            {
                BranchRule.Activation => ActivationSplit(node, pieces[branch], branch, bound, relaxed),
                BranchRule.Step => StepSplit(node, pieces[branch], branch, relaxed.Spends[branch], bound, relaxed),
                _ => Split(node, pieces[branch], branch, relaxed.Spends[branch], bound, relaxed),
            };
            foreach (var child in children)
            {
                open.Enqueue(child, -bound);
            }
        }

        double openBound = open.Count > 0 ? open.UnorderedItems.Max(e => e.Element.Bound) : double.NegativeInfinity;
        if (best is null && timedOut)
        {
            throw new Errors.NoFeasibleSplitInTimeException(TimeSpan.FromMilliseconds(Math.Max(0, deadline - _started)));
        }

        if (best is null)
        {
            string[] discrete = DiscreteConstraints();
            throw new Errors.InfeasibleProblemException(
                $"no split satisfies every constraint together (the {string.Join(" and ", discrete)} cannot be combined with the budget and coupling rows)",
                [.. discrete, "budget and coupling rows"]);
        }

        double bestBound = Math.Max(Math.Max(closedBound, openBound), bestValue);
        return new SeparableSolution(best, bestValue, bestBound, bestPrice, nodes, timedOut, bestRowPrices);
    }

    /// <summary>The discrete constraints of the problem (the only ones that can leave a feasible relaxation without a split).</summary>
    private string[] DiscreteConstraints()
    {
        var names = new List<string>();
        if (Enumerable.Range(0, _problem.Count).Any(i => _problem.ActiveFrom[i] > _problem.Lower[i]))
        {
            names.Add("minimum spend if active");
        }

        if (_problem.Steps.Any(s => s > 0))
        {
            names.Add("spend steps");
        }

        if (_problem.MaxActive is not null)
        {
            names.Add("max active channels");
        }

        return names.Count > 0 ? [.. names] : ["discrete constraints"];
    }

    private bool Prunable(double bound, double incumbent) =>
        bound - incumbent <= _tolerance * Math.Max(Math.Abs(bound), 1e-300);

    /// <summary>
    /// The root pieces with the node's interval overrides applied (the deepest override wins), and the channels
    /// committed to be active. When the active channels (committed, or with a positive lower end) reach the
    /// cardinality limit, every other channel is held at 0; null when they exceed it.
    /// </summary>
    private ChannelPiece[]? Pieces(Node node, out HashSet<int> committed)
    {
        var pieces = (ChannelPiece[])_root.Clone();
        var seen = new HashSet<int>();
        committed = [];
        for (var o = node.Override; o is not null; o = o.Parent)
        {
            if (o.CommitActive)
            {
                committed.Add(o.Channel);
            }

            if (seen.Add(o.Channel))
            {
                pieces[o.Channel] = o.Piece;
            }
        }

        if (_problem.MaxActive is not int k)
        {
            return pieces;
        }

        int active = 0;
        for (int i = 0; i < pieces.Length; i++)
        {
            active += pieces[i].Lower > 0 || committed.Contains(i) ? 1 : 0;
        }

        if (active > k)
        {
            return null;
        }

        if (active == k)
        {
            for (int i = 0; i < pieces.Length; i++)
            {
                if (pieces[i].Lower == 0 && pieces[i].Upper > 0 && !committed.Contains(i))
                {
                    pieces[i] = PieceFactory.Create(_problem.Curves[i], _problem.Values[i], 0, 0, 0);
                }
            }
        }

        return pieces;
    }

    private enum BranchRule
    {
        Activation,
        Envelope,
        Step,
    }

    private sealed record Override(int Channel, ChannelPiece Piece, Override? Parent, bool CommitActive);

    private sealed record Node(Override? Override, double Bound, MultiplierSolution? Hint);
}
