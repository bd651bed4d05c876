using Optimizer.Allocation.Model;

namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// Exact solver for max Σ_i [g_i(x_i) − c·x_i] s.t. Σ_i x_i = B (or ≤ B), x_i in its piece's domain, with
/// every g_i concave: the KKT conditions say each x_i maximizes g_i(x) − p·x at one common price
/// p = c + λ, with λ ≥ 0 the budget multiplier (λ free for an exact budget). The total spend S(p) = Σ x_i(p)
/// is non-increasing in p, so the solver finds p* with S(p*+) ≤ B ≤ S(p*−) by safeguarded Newton on ln p
/// (dS/dp = Σ 1/g_i''(x_i)) inside a shrinking bracket, and returns the convex combination of the two
/// bracket responses that spends B exactly (which also settles ties on linear pieces exactly).
/// Certificate: for any price p the Lagrangian dual D(p) = Σ_i max_x [g_i(x) − p·x] + (p − c)·B is an upper
/// bound on the optimum (weak duality; Boyd &amp; Vandenberghe, Convex Optimization, §5.1.3), and the
/// returned bound is the smallest D over the prices visited.
/// References: the water-filling / equal-marginal-return rule for separable resource allocation (Patriksson,
/// "A survey on the continuous nonlinear resource allocation problem", EJOR 185, 2008, §2).
/// </summary>
internal static class MultiplierSolver
{
    private const int MaxPasses = 300;

    /// <summary>Relative width of the price bracket at which the search stops (a few ulps).</summary>
    private const double PriceTolerance = 4e-16;

    /// <summary>Solves the relaxation.</summary>
    /// <param name="pieces">The channels; shape (n,).</param>
    /// <param name="budget">B ≥ Σ lower bounds (and ≤ Σ upper bounds when exact).</param>
    /// <param name="mode">Exact or at most.</param>
    /// <param name="cost">c ≥ 0: cost per currency unit inside the objective (1 for profit, the floor for an mROAS floor, else 0).</param>
    /// <param name="priceHint">A price near the answer (e.g. the parent node's), or 0.</param>
    /// <param name="stop">Checked after every pass (a pass is one response of every channel).</param>
    /// <exception cref="SolveInterruptedException"><paramref name="stop"/> fell due before the price was found.</exception>
    public static MultiplierSolution Solve(IReadOnlyList<ChannelPiece> pieces, double budget, BudgetMode mode, double cost, double priceHint, SolveStop stop)
    {
        var search = new Search(pieces, budget, cost, stop);
        return search.Run(mode, priceHint);
    }

    private sealed class Search(IReadOnlyList<ChannelPiece> pieces, double budget, double cost, SolveStop stop)
    {
        /// <summary>
        /// Stop once the two bracket responses (or the response and the budget) differ by at most this fraction of
        /// the budget. The last gap is closed exactly by <see cref="Settle"/> or <see cref="Interpolate"/>, whose
        /// objective error is second order in it (a relative spend error δ costs about δ² of the objective), so
        /// 1e-9 leaves the certified gap at rounding level.
        /// </summary>
        private const double SpendTolerance = 1e-9;

        /// <summary>Relative distance from the budget that rounding of sums of bounds can leave.</summary>
        private const double RoundingTolerance = 1e-12;

        /// <summary>Prices below this are treated as 0 (marginals that small have underflowed in every family).</summary>
        private const double SmallestPrice = 1e-290;

        /// <summary>
        /// Newton steps aim past the root by this fraction of the step, or by the relative excess when that is
        /// smaller, so that the bracket closes from both sides without slowing the quadratic convergence near the root.
        /// </summary>
        private const double Overshoot = 1e-3;

        private readonly ChannelPiece[] _pieces = pieces as ChannelPiece[] ?? [.. pieces];
        private readonly int _n = pieces.Count;
        private readonly double[] _low = new double[pieces.Count];
        private readonly double[] _high = new double[pieces.Count];

        /// <summary>d(low response)/d(price) per channel at the last evaluated price.</summary>
        private readonly double[] _slopes = new double[pieces.Count];
        private int _passes;

        public MultiplierSolution Run(BudgetMode mode, double priceHint)
        {
            // For "at most", the budget is slack when the responses at the smallest admissible price fit.
            double minPrice = mode == BudgetMode.AtMost ? cost : 0.0;
            if (mode == BudgetMode.AtMost)
            {
                double p0 = Math.Max(cost, double.Epsilon);
                var (sLow, _, _) = Evaluate(p0);
                if (sLow <= budget)
                {
                    var x0 = (double[])_low.Clone();
                    return new MultiplierSolution(x0, p0, Dual(x0, p0), _passes);
                }
            }

            // Bracket: S(pLo) ≥ B is known (at minPrice by the check above or by feasibility Σu ≥ B);
            // S(pHi) ≤ B once pHi is finite.
            double pLo = minPrice, pHi = double.PositiveInfinity;
            var xLo = new double[_n];
            var xHi = new double[_n];
            double sLo = double.NaN, sHi = double.NaN;
            double p = priceHint > minPrice && double.IsFinite(priceHint) ? priceHint : InitialPrice();
            double tolerance = SpendTolerance * Math.Max(budget, double.Epsilon);

            for (int pass = 0; pass < MaxPasses; pass++)
            {
                var (s1, s2, slope) = Evaluate(p);
                if (s1 <= budget && budget <= s2)
                {
                    return Interpolate(_low, s1, p, _high, s2, p);
                }

                if (s1 == s2 && Math.Abs(s1 - budget) <= tolerance && slope < 0)
                {
                    return Settle(p, s1, slope);
                }

                // Bounds that meet the budget only up to rounding (Σ upper = B − 1 ulp): nothing can move closer.
                if (s1 == s2 && Math.Abs(s1 - budget) <= RoundingTolerance * Math.Max(budget, double.Epsilon))
                {
                    var x = (double[])_low.Clone();
                    return new MultiplierSolution(x, p, Dual(x, p), _passes);
                }

                double excess;
                if (s1 > budget)
                {
                    (pLo, sLo, excess) = (p, s1, s1 - budget);
                    Array.Copy(_low, xLo, _n);
                }
                else
                {
                    (pHi, sHi, excess) = (p, s2, s2 - budget);
                    Array.Copy(_high, xHi, _n);
                }

                // At a zero price every channel takes its whole range; below SmallestPrice the remaining curves are
                // flat to double precision, so the convex combination with the zero-price split is exact.
                if (!double.IsNaN(sLo) && !double.IsNaN(sHi) && (sLo - sHi <= tolerance || pHi - pLo <= PriceTolerance * pHi || pHi <= SmallestPrice))
                {
                    return Interpolate(xHi, sHi, pHi, xLo, sLo, pLo);
                }

                stop.ThrowIfDue();
                p = NextPrice(p, excess, slope, pLo, pHi, Math.Min(Overshoot, Math.Abs(excess) / Math.Max(budget, double.Epsilon)));
            }

            if (!double.IsNaN(sLo) && !double.IsNaN(sHi))
            {
                return Interpolate(xHi, sHi, pHi, xLo, sLo, pLo);
            }

            throw new InvalidOperationException("The multiplier search did not bracket the budget; the problem should have been rejected as infeasible.");
        }

        /// <summary>Newton step on t = ln p aimed slightly past the root, t' = t − (1 + ε)(S − B)/(p·dS/dp) with ε = <paramref name="overshoot"/>, else a bracket-shrinking step.</summary>
        private static double NextPrice(double p, double excess, double slope, double pLo, double pHi, double overshoot)
        {
            if (slope < 0 && p > 0 && double.IsFinite(slope) && double.IsFinite(excess))
            {
                double dt = -excess / (p * slope);
                double next = p * Math.Exp(Math.Clamp((dt * (1 + overshoot)) + (Math.Sign(dt) * 4e-16), -30, 30));
                if (next > pLo && next < pHi)
                {
                    return next;
                }
            }

            if (double.IsPositiveInfinity(pHi))
            {
                return p * 16;
            }

            if (pLo <= 0)
            {
                return pHi / 16 > SmallestPrice ? pHi / 16 : 0.0;
            }

            double mid = Math.Sqrt(pLo * pHi);
            return mid > pLo && mid < pHi ? mid : 0.5 * (pLo + pHi);
        }

        private double InitialPrice()
        {
            // Geometric mean of the marginal values at a proportional split of the budget between the bounds.
            double lowSum = 0, width = 0;
            foreach (var piece in pieces)
            {
                lowSum += piece.Lower;
                width += piece.Upper - piece.Lower;
            }

            double share = width > 0 ? Math.Clamp((budget - lowSum) / width, 0, 1) : 0;
            double logSum = 0, count = 0;
            foreach (var piece in pieces)
            {
                if (piece.Upper <= piece.Lower)
                {
                    continue;
                }

                double x = piece.Lower + (share * (piece.Upper - piece.Lower));
                double slope = piece.ValuePerResponse * piece.EnvelopeMarginal(x);
                if (slope > 0 && double.IsFinite(slope))
                {
                    logSum += Math.Log(slope);
                    count++;
                }
            }

            double guess = count > 0 ? Math.Exp(logSum / count) : 1.0;
            return Math.Max(guess, cost > 0 ? cost * 1.0001 : double.Epsilon);
        }

        /// <summary>Fills the low/high responses at price p; returns their totals and dS/dp at the low response.</summary>
        private (double Low, double High, double Slope) Evaluate(double p)
        {
            _passes++;
            double sLow = 0, sHigh = 0, slope = 0;
            var all = _pieces;
            for (int i = 0; i < all.Length; i++)
            {
                all[i].Respond(p, out double lo, out double hi, out double dxdp);
                _low[i] = lo;
                _high[i] = hi;
                _slopes[i] = dxdp;
                sLow += lo;
                sHigh += hi;
                slope += dxdp;
            }

            return (sLow, sHigh, slope);
        }

        /// <summary>
        /// Final linear step without another pass: the residual S(p) − B (at most the spend tolerance) is taken
        /// off the interior channels in proportion to dx_i/dp, the first-order change of their response to the
        /// price, then clamped to the bounds; what clamping leaves is spread again over the channels still inside
        /// their bounds (a few rounds at most), so the split spends B to rounding. The dual value at p is a valid
        /// bound for any p.
        /// </summary>
        private MultiplierSolution Settle(double p, double total, double slope)
        {
            var x = (double[])_low.Clone();
            double residual = total - budget;
            for (int round = 0; round < 4 && residual != 0 && slope < 0; round++)
            {
                double moved = 0, nextSlope = 0;
                for (int i = 0; i < _n; i++)
                {
                    double share = _slopes[i] / slope;
                    if (share > 0)
                    {
                        double before = x[i];
                        x[i] = Math.Clamp(before - (residual * share), _pieces[i].Lower, _pieces[i].Upper);
                        moved += before - x[i];
                        nextSlope += x[i] > _pieces[i].Lower && x[i] < _pieces[i].Upper ? _slopes[i] : 0.0;
                    }
                }

                residual -= moved;
                if (Math.Abs(residual) <= RoundingTolerance * Math.Max(budget, double.Epsilon))
                {
                    break;
                }

                slope = nextSlope;
                for (int i = 0; i < _n; i++)
                {
                    _slopes[i] = x[i] > _pieces[i].Lower && x[i] < _pieces[i].Upper ? _slopes[i] : 0.0;
                }
            }

            return new MultiplierSolution(x, p, Dual(_low, p), _passes);
        }

        /// <summary>D(p) = Σ_i [v_i g_i(x_i(p)) − p x_i(p)] + (p − c)·B, for maximizers x(p) at price p.</summary>
        private double Dual(double[] x, double p)
        {
            double dual = (p - cost) * budget;
            for (int i = 0; i < _n; i++)
            {
                dual += (pieces[i].ValuePerResponse * pieces[i].Envelope(x[i])) - (p * x[i]);
            }

            return dual;
        }

        /// <summary>x = xA + t(xB − xA) with Σx = B, where Σ xA ≤ B ≤ Σ xB; the bound is the smaller dual value of the two prices.</summary>
        private MultiplierSolution Interpolate(double[] under, double sUnder, double pUnder, double[] over, double sOver, double pOver)
        {
            double bound = Math.Min(Dual(under, pUnder), Dual(over, pOver));
            double t = sOver > sUnder ? Math.Clamp((budget - sUnder) / (sOver - sUnder), 0, 1) : 0;
            var x = new double[_n];
            for (int i = 0; i < _n; i++)
            {
                x[i] = Math.Clamp(under[i] + (t * (over[i] - under[i])), pieces[i].Lower, pieces[i].Upper);
            }

            return new MultiplierSolution(x, pUnder + (t * (pOver - pUnder)), bound, _passes);
        }
    }
}
