using Optimizer.Allocation.Relaxation;

namespace Optimizer.Allocation.Solvers;

/// <summary>Incumbent heuristics of the branch and bound: polish, rounding to steps, top-K activation.</summary>
internal sealed partial class BranchAndBound
{
    /// <summary>The relaxation's split and its polished variants (all feasible).</summary>
    private IEnumerable<double[]> Candidates(ChannelPiece[] pieces, MultiplierSolution relaxed, HashSet<int> committed)
    {
        if (!_problem.WithinCardinality(relaxed.Spends) && KeepMostValuable(pieces, relaxed, committed) is { } kept)
        {
            yield return kept;
        }

        yield return relaxed.Spends;
        bool anyFractional = false;
        for (int i = 0; i < pieces.Length && !anyFractional; i++)
        {
            anyFractional = pieces[i].Gap(relaxed.Spends[i]) > 0;
        }

        foreach (bool fundFractional in anyFractional ? new[] { true, false } : [true])
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
        if (Array.TrueForAll(pieces, p => p.IsExact))
        {
            return null;
        }

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
                // A funded channel already on the concave side keeps its spend feasible there, and since
                // g = f on that side the relaxation's split stays optimal: only a move changes anything.
                local[i] = PieceFactory.Create(_problem.Curves[i], _problem.Values[i], concaveFrom, concaveFrom, p.Upper);
                changed |= fractional || x < concaveFrom;
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

        return _relaxation.Solve(local, relaxed, _active)?.Spends;
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

        var solved = _relaxation.Solve(local, hint, _active);
        if (solved is null)
        {
            return null;
        }

        return Polish(local, solved, fundFractional: true) is { } polished && _problem.Objective(polished) > _problem.Objective(solved.Spends) ? polished : solved.Spends;
    }

    /// <summary>
    /// Cardinality heuristic: keep active the channels that must be (committed or with a positive lower end)
    /// and then the most valuable others up to the limit; hold the rest at 0 and re-solve the budget.
    /// </summary>
    private double[]? KeepMostValuable(ChannelPiece[] pieces, MultiplierSolution relaxed, HashSet<int> committed)
    {
        int k = _problem.MaxActive!.Value;
        var local = (ChannelPiece[])pieces.Clone();
        var forced = Enumerable.Range(0, pieces.Length).Where(i => pieces[i].Lower > 0 || committed.Contains(i)).ToHashSet();
        var optional = Enumerable.Range(0, pieces.Length)
            .Where(i => !forced.Contains(i) && pieces[i].Upper > 0)
            .OrderByDescending(i => _problem.Values[i] * _problem.Curves[i].Value(relaxed.Spends[i]))
            .ThenByDescending(i => pieces[i].Upper)
            .ToList();
        var keep = optional.Take(Math.Max(0, k - forced.Count)).ToList();

        // An exact budget needs room: swap the smallest kept caps for larger ones until the kept channels can spend it.
        if (_problem.Mode == Model.BudgetMode.Exact)
        {
            double capacity = forced.Sum(i => pieces[i].Upper) + keep.Sum(i => pieces[i].Upper);
            foreach (int spare in optional.Skip(keep.Count).OrderByDescending(i => pieces[i].Upper))
            {
                if (capacity >= _problem.Budget || keep.Count == 0)
                {
                    break;
                }

                int smallest = keep.MinBy(i => pieces[i].Upper);
                if (pieces[spare].Upper <= pieces[smallest].Upper)
                {
                    break;
                }

                capacity += pieces[spare].Upper - pieces[smallest].Upper;
                keep[keep.IndexOf(smallest)] = spare;
            }
        }

        var kept = keep.ToHashSet();
        foreach (int i in optional.Where(i => !kept.Contains(i)))
        {
            local[i] = PieceFactory.Create(_problem.Curves[i], _problem.Values[i], 0, 0, 0);
        }

        var solved = _relaxation.Solve(local, relaxed, _active);
        if (solved is null)
        {
            return null;
        }

        return Polish(local, solved, fundFractional: true) is { } polished && _problem.Objective(polished) > _problem.Objective(solved.Spends) ? polished : solved.Spends;
    }
}
