using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// The budget-coupled core every scenario reduces to: maximize Σ_i [v_i f_i(x_i) − c·x_i] subject to
/// Σ x_i = B (or ≤ B) and x_i ∈ {l_i} ∪ [a_i, u_i]. Arrays have shape (n,).
/// </summary>
/// <param name="Curves">f_i.</param>
/// <param name="Values">v_i &gt; 0.</param>
/// <param name="Lower">l_i ≥ 0 (0 for a semi-continuous channel).</param>
/// <param name="ActiveFrom">a_i ≥ l_i: the smallest spend above l_i that is allowed (minimum spend if active); a_i = l_i otherwise.</param>
/// <param name="Upper">u_i ≥ a_i, finite.</param>
/// <param name="Budget">B.</param>
/// <param name="Mode">Exact or at most.</param>
/// <param name="Cost">c ≥ 0.</param>
/// <param name="Rows">Coupling rows besides the budget (groups, shares, ratios); empty for budget-only problems.</param>
/// <param name="Steps">Spend granularity s_i: x_i must be a multiple of s_i (0 = continuous); shape (n,).</param>
/// <param name="MaxActive">At most this many channels with x_i &gt; 0; null = no limit.</param>
internal sealed record SeparableProblem(
    IResponseCurve[] Curves,
    double[] Values,
    double[] Lower,
    double[] ActiveFrom,
    double[] Upper,
    double Budget,
    BudgetMode Mode,
    double Cost,
    IReadOnlyList<Relaxation.LinearRow> Rows,
    double[] Steps,
    int? MaxActive = null)
{
    /// <summary>Whether at most <see cref="MaxActive"/> channels have positive spend.</summary>
    public bool WithinCardinality(IReadOnlyList<double> x) => MaxActive is not int k || x.Count(v => v > 0) <= k;

    /// <summary>
    /// Moves spends that miss their domain only by rounding (relative 1e-12: an LP's or an interpolation's last
    /// digits) onto it, so that bounds and minimum-if-active hold exactly.
    /// </summary>
    public double[] Snap(double[] x)
    {
        for (int i = 0; i < Count; i++)
        {
            double tolerance = 1e-12 * Math.Max(1.0, Upper[i]);
            if (x[i] < ActiveFrom[i] && x[i] > ActiveFrom[i] - tolerance)
            {
                x[i] = ActiveFrom[i];
            }

            x[i] = Math.Clamp(x[i], Lower[i], Upper[i]);
        }

        return x;
    }

    /// <summary>Whether every spend lies in its channel's domain {l} ∪ [a, u] (a semi-continuous channel is off or active).</summary>
    public bool InDomain(IReadOnlyList<double> x)
    {
        for (int i = 0; i < Count; i++)
        {
            if (ActiveFrom[i] > Lower[i] && x[i] > Lower[i] && x[i] < ActiveFrom[i] * (1 - 1e-12))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every stepped channel sits on a multiple of its step (to 1e-9 of the step).</summary>
    public bool OnSteps(IReadOnlyList<double> x)
    {
        for (int i = 0; i < Count; i++)
        {
            if (Steps[i] > 0 && StepOffset(i, x[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How far x is from the nearest multiple of s_i, as a fraction of the step, or 0 when it is within rounding
    /// (1e-9 of max(1, x)) of that multiple.
    /// </summary>
    public double StepOffset(int i, double x)
    {
        double k = x / Steps[i];
        double distance = Math.Abs(x - (Math.Round(k) * Steps[i]));
        return distance <= 1e-9 * Math.Max(1.0, Math.Abs(x)) ? 0.0 : Math.Abs(k - Math.Round(k));
    }

    public int Count => Curves.Length;

    /// <summary>Σ v_i f_i(x_i) − c Σ x_i.</summary>
    public double Objective(IReadOnlyList<double> x)
    {
        double total = 0;
        for (int i = 0; i < Count; i++)
        {
            total += (Values[i] * Curves[i].Value(x[i])) - (Cost * x[i]);
        }

        return total;
    }

    /// <summary>The relaxation solver that fits the coupling rows.</summary>
    public Relaxation.IRelaxation Relaxation() => Rows.Count == 0
        ? new Relaxation.BudgetRelaxation(Budget, Mode, Cost)
        : new Relaxation.LpRelaxation(Budget, Mode, Cost, Rows);

    /// <summary>This problem with another budget.</summary>
    public SeparableProblem WithBudget(double budget) => this with { Budget = budget };
}
