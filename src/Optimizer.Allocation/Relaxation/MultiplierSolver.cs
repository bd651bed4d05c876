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
    public static MultiplierSolution Solve(IReadOnlyList<ChannelPiece> pieces, double budget, BudgetMode mode, double cost, double priceHint)
    {
        var search = new Search(pieces, budget, cost);
        return search.Run(mode, priceHint);
    }

    private sealed class Search(IReadOnlyList<ChannelPiece> pieces, double budget, double cost)
    {
        private readonly int _n = pieces.Count;
        private readonly double[] _low = new double[pieces.Count];
        private readonly double[] _high = new double[pieces.Count];
        private double _bound = double.PositiveInfinity;
        private int _passes;

        public MultiplierSolution Run(BudgetMode mode, double priceHint)
        {
            // For "at most", the budget is slack when the responses at the smallest admissible price fit.
            double minPrice = mode == BudgetMode.AtMost ? cost : 0.0;
            if (mode == BudgetMode.AtMost)
            {
                double p0 = Math.Max(cost, double.Epsilon);
                var (sLow, _) = Evaluate(p0);
                if (sLow <= budget)
                {
                    return Finish((double[])_low.Clone(), p0);
                }
            }

            // Bracket: S(pLo) ≥ B is known (at minPrice by the check above or by feasibility Σu ≥ B);
            // S(pHi) ≤ B once pHi is finite.
            double pLo = minPrice, pHi = double.PositiveInfinity;
            var xLo = new double[_n];
            var xHi = new double[_n];
            double sLo = double.NaN, sHi = double.NaN;
            double p = priceHint > minPrice && double.IsFinite(priceHint) ? priceHint : InitialPrice();

            for (int pass = 0; pass < MaxPasses; pass++)
            {
                var (s1, s2) = Evaluate(p);
                if (s1 <= budget && budget <= s2)
                {
                    return Interpolate(_low, s1, _high, s2, p, p);
                }

                double total;
                double[] x;
                if (s1 > budget)
                {
                    pLo = p;
                    Array.Copy(_low, xLo, _n);
                    sLo = s1;
                    (total, x) = (s1, xLo);
                }
                else
                {
                    pHi = p;
                    Array.Copy(_high, xHi, _n);
                    sHi = s2;
                    (total, x) = (s2, xHi);
                }

                if (!double.IsNaN(sLo) && !double.IsNaN(sHi) && pHi - pLo <= PriceTolerance * pHi)
                {
                    return Interpolate(xHi, sHi, xLo, sLo, pHi, pLo);
                }

                p = NextPrice(p, total - budget, Slope(x), pLo, pHi);
            }

            if (!double.IsNaN(sLo) && !double.IsNaN(sHi))
            {
                return Interpolate(xHi, sHi, xLo, sLo, pHi, pLo);
            }

            throw new InvalidOperationException("The multiplier search did not bracket the budget; the problem should have been rejected as infeasible.");
        }

        /// <summary>Newton step on t = ln p, t' = t − (S − B)/(p·dS/dp), else a bracket-shrinking step.</summary>
        private static double NextPrice(double p, double excess, double slope, double pLo, double pHi)
        {
            if (slope < 0)
            {
                double next = p * Math.Exp(Math.Clamp(-excess / (p * slope), -30, 30));
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
                return pHi / 16;
            }

            double mid = Math.Sqrt(pLo * pHi);
            return mid > pLo && mid < pHi ? mid : 0.5 * (pLo + pHi);
        }

        private double InitialPrice()
        {
            // Marginal value at a proportional split of the budget between the bounds.
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
                double h = Math.Max(1e-9 * Math.Max(1, x), 1e-300);
                double slope = piece.ValuePerResponse * (piece.Envelope(x + h) - piece.Envelope(Math.Max(piece.Lower, x - h))) / (x + h - Math.Max(piece.Lower, x - h));
                if (slope > 0 && double.IsFinite(slope))
                {
                    logSum += Math.Log(slope);
                    count++;
                }
            }

            double guess = count > 0 ? Math.Exp(logSum / count) : 1.0;
            return Math.Max(guess, cost > 0 ? cost * 1.0001 : double.Epsilon);
        }

        /// <summary>Fills the low/high responses at price p; returns their totals and updates the dual bound.</summary>
        private (double Low, double High) Evaluate(double p)
        {
            _passes++;
            double sLow = 0, sHigh = 0, dual = 0;
            for (int i = 0; i < _n; i++)
            {
                var piece = pieces[i];
                piece.Respond(p, out double lo, out double hi);
                _low[i] = lo;
                _high[i] = hi;
                sLow += lo;
                sHigh += hi;
                dual += (piece.ValuePerResponse * piece.Envelope(lo)) - (p * lo);
            }

            dual += (p - cost) * budget;
            if (dual < _bound)
            {
                _bound = dual;
            }

            return (sLow, sHigh);
        }

        private double Slope(double[] x)
        {
            double slope = 0;
            for (int i = 0; i < _n; i++)
            {
                slope += pieces[i].ResponseSlope(x[i]);
            }

            return slope;
        }

        /// <summary>x = xA + t(xB − xA) with Σx = B, where Σ xA ≤ B ≤ Σ xB.</summary>
        private MultiplierSolution Interpolate(double[] under, double sUnder, double[] over, double sOver, double pA, double pB)
        {
            double t = sOver > sUnder ? Math.Clamp((budget - sUnder) / (sOver - sUnder), 0, 1) : 0;
            var x = new double[_n];
            for (int i = 0; i < _n; i++)
            {
                x[i] = Math.Clamp(under[i] + (t * (over[i] - under[i])), pieces[i].Lower, pieces[i].Upper);
            }

            return Finish(x, pA + (t * (pB - pA)));
        }

        private MultiplierSolution Finish(double[] x, double price) => new(x, price, _bound, _passes);
    }
}
