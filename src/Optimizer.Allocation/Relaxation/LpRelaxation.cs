using Google.OrTools.LinearSolver;
using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// The relaxation with general coupling rows (groups, shares, ratios): an outer linearization of the concave
/// envelopes solved with OR-Tools GLOP, refined by Kelley's cutting planes (Kelley, "The cutting-plane method
/// for solving convex programs", J. SIAM 8, 1960). Variables x_i ∈ [l_i, u_i] and t_i with t_i ≤ v_i(g_i(a) +
/// g_i'(a)(x_i − a)) for cut points a; every tangent of a concave function lies above it, so the LP value is an
/// upper bound of the relaxation at every round. Each round adds the tangent at the LP's x_i for every channel
/// whose t_i overstates v_i g_i(x_i); it stops when the LP value and the envelope value of its split agree
/// to <see cref="RelativeTolerance"/>, or when the solve's deadline falls due: every round's LP value is a valid
/// bound and its split meets every row, so the last round's answer stands (GLOP's own time limit is the time left).
/// </summary>
internal sealed class LpRelaxation(double budget, BudgetMode mode, double cost, IReadOnlyList<LinearRow> rows) : IRelaxation
{
    private const int MaxRounds = 200;
    private const double RelativeTolerance = 1e-9;

    public MultiplierSolution? Solve(ChannelPiece[] pieces, MultiplierSolution? hint, SolveStop stop)
    {
        try
        {
            return Solve(pieces, hint, stop, dualSimplex: true);
        }
        catch (NumericalTroubleException)
        {
            // GLOP gave up on the first LP (ABNORMAL): the primal simplex from scratch usually gets through.
            return Solve(pieces, hint, stop, dualSimplex: false);
        }
    }

    private MultiplierSolution? Solve(ChannelPiece[] pieces, MultiplierSolution? hint, SolveStop stop, bool dualSimplex)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is not available.");
        // Each round only adds cuts, which the dual simplex re-optimizes from the previous basis.
        solver.SetSolverSpecificParametersAsString(dualSimplex ? "use_dual_simplex: true" : "use_dual_simplex: false");
        int n = pieces.Length;
        var x = new Variable[n];
        var t = new Variable[n];
        var objective = solver.Objective();
        objective.SetMaximization();
        // Seed cuts: the bounds' midpoint, the hint, and the budget-only optimum (exact and cheap), which the
        // rows usually move only part of the way.
        var seeds = new List<double[]>();
        if (hint is not null && hint.Spends.Length == n)
        {
            seeds.Add(hint.Spends);
        }

        double lowerSum = pieces.Sum(p => p.Lower), upperSum = pieces.Sum(p => p.Upper);
        if (lowerSum <= budget && (mode == BudgetMode.AtMost || upperSum >= budget))
        {
            seeds.Add(MultiplierSolver.Solve(pieces, budget, mode, cost, hint?.Price ?? 0, stop).Spends);
        }

        for (int i = 0; i < n; i++)
        {
            var p = pieces[i];
            x[i] = solver.MakeNumVar(p.Lower, p.Upper, $"spend_{i}");
            t[i] = solver.MakeNumVar(double.NegativeInfinity, p.ValuePerResponse * p.Envelope(p.Upper), $"value_{i}");
            objective.SetCoefficient(t[i], 1.0);
            objective.SetCoefficient(x[i], -cost);
            AddCut(solver, pieces[i], x[i], t[i], p.Lower);
            AddCut(solver, pieces[i], x[i], t[i], 0.5 * (p.Lower + p.Upper));
            foreach (double[] seed in seeds)
            {
                AddCut(solver, pieces[i], x[i], t[i], seed[i]);
            }
        }

        var budgetRow = solver.MakeConstraint(mode == BudgetMode.Exact ? budget : double.NegativeInfinity, budget, "budget");
        foreach (var xi in x)
        {
            budgetRow.SetCoefficient(xi, 1.0);
        }

        var rowConstraints = rows.Select(r => AddRow(solver, r, x)).ToArray();

        // Where the envelope's slope is unbounded at the lower end (x^p, Hill slope < 1), no tangent exists
        // there: tangents at l + d with d shrinking 16-fold per round approach g(l) from above instead.
        var nearLower = pieces.Select(p => 0.5 * (p.Upper - p.Lower)).ToArray();

        double upper = double.PositiveInfinity, previousGap = double.PositiveInfinity;
        MultiplierSolution? last = null;
        for (int round = 1; round <= MaxRounds; round++)
        {
            if (stop.Due)
            {
                // The previous round's bound and split are valid; without one there is no answer yet.
                return last ?? throw new SolveInterruptedException();
            }

            if (stop.RemainingMilliseconds < int.MaxValue)
            {
                solver.SetTimeLimit(Math.Max(1, stop.RemainingMilliseconds));
            }

            var status = solver.Solve();
            if (stop.Due && status != Solver.ResultStatus.OPTIMAL && status != Solver.ResultStatus.INFEASIBLE)
            {
                // GLOP stopped at the time limit.
                return last ?? throw new SolveInterruptedException();
            }

            if (status == Solver.ResultStatus.INFEASIBLE)
            {
                return null;
            }

            if (status != Solver.ResultStatus.OPTIMAL)
            {
                // A cut made the LP numerically hard: the previous round's bound and split remain valid.
                return last ?? throw new NumericalTroubleException($"GLOP stopped with status {status} on a relaxation.");
            }

            // Read the whole solution before adding cuts: changing the model discards it.
            upper = Math.Min(upper, objective.Value());
            var spends = x.Select((v, i) => Math.Clamp(v.SolutionValue(), pieces[i].Lower, pieces[i].Upper)).ToArray();
            var values = t.Select(v => v.SolutionValue()).ToArray();
            double price = cost - budgetRow.DualValue();
            double[] rowPrices = [.. rowConstraints.Select(c => Math.Abs(c.DualValue()))];
            double envelopeValue = 0;
            var violated = new List<int>();
            for (int i = 0; i < n; i++)
            {
                double g = pieces[i].ValuePerResponse * pieces[i].Envelope(spends[i]);
                envelopeValue += g - (cost * spends[i]);
                if (values[i] - g > 1e-12 * Math.Max(1.0, Math.Abs(g)))
                {
                    violated.Add(i);
                }
            }

            // Stop when the bound and the split agree, or when a round no longer improves them (GLOP's
            // feasibility tolerance, about 1e-9 relative, has been reached).
            double gap = (upper - envelopeValue) / Math.Max(Math.Abs(upper), 1e-300);
            bool stalled = gap >= previousGap && gap <= 1e3 * RelativeTolerance;
            previousGap = Math.Min(previousGap, gap);
            last = new MultiplierSolution(spends, price, upper, round, rowPrices);
            if (violated.Count == 0 || gap <= RelativeTolerance || stalled)
            {
                return last;
            }

            int added = 0;
            foreach (int i in violated)
            {
                double at = spends[i];
                if (!double.IsFinite(pieces[i].EnvelopeMarginal(at)))
                {
                    // Stop refining once the cut point is within 1e-12 of the range: steeper cuts only make the
                    // LP ill-conditioned, and what they would remove is below the tolerance.
                    if (nearLower[i] < 1e-12 * (pieces[i].Upper - pieces[i].Lower))
                    {
                        continue;
                    }

                    nearLower[i] /= 16;
                    at = pieces[i].Lower + nearLower[i];
                }

                added += AddCut(solver, pieces[i], x[i], t[i], at) ? 1 : 0;
            }

            if (added == 0)
            {
                // Nothing left to cut without ill-conditioning the LP: the bound stands as it is.
                return last;
            }
        }

        // Out of rounds: the last LP value is still a valid (looser) bound; the certificate reports the gap.
        return last;
    }

    private static Constraint AddRow(Solver solver, LinearRow row, Variable[] x)
    {
        var c = solver.MakeConstraint(row.Lower, row.Upper, row.Name);
        for (int k = 0; k < row.Channels.Length; k++)
        {
            c.SetCoefficient(x[row.Channels[k]], row.Coefficients[k]);
        }

        return c;
    }

    /// <summary>t ≤ v (g(a) + g'(a)(x − a)), the tangent (a supergradient at kinks) at a; skipped (false) where the slope is unbounded.</summary>
    private static bool AddCut(Solver solver, ChannelPiece piece, Variable x, Variable t, double a)
    {
        if (piece.Upper <= piece.Lower)
        {
            return false;
        }

        a = Math.Clamp(a, piece.Lower, piece.Upper);
        double slope = piece.ValuePerResponse * piece.EnvelopeMarginal(a);
        double value = piece.ValuePerResponse * piece.Envelope(a);
        // A near-vertical cut (slope × range far above the value range) cuts nothing useful and wrecks the LP's
        // conditioning (GLOP answers ABNORMAL); the refinement near the lower end takes over instead.
        double range = piece.ValuePerResponse * Math.Max(piece.Envelope(piece.Upper) - piece.Envelope(piece.Lower), double.Epsilon);
        if (!double.IsFinite(slope) || slope * (piece.Upper - piece.Lower) > 1e9 * range)
        {
            return false;
        }

        // t − slope·x ≤ value − slope·a
        var cut = solver.MakeConstraint(double.NegativeInfinity, value - (slope * a));
        cut.SetCoefficient(t, 1.0);
        cut.SetCoefficient(x, -slope);
        return true;
    }

    /// <summary>GLOP could not solve the first LP of a relaxation.</summary>
    private sealed class NumericalTroubleException(string message) : InvalidOperationException(message);
}
