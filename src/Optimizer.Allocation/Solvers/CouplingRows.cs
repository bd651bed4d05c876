using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Allocation.Relaxation;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// Turns group and ratio constraints into linear rows:
/// group spend: Σ_G x ∈ [min, max]; group share s: Σ_G x − s·Σ_all x ≥ 0 (min) or ≤ 0 (max);
/// ratio r: Σ_N x − r·Σ_D x ≤ 0 (max) or ≥ 0 (min).
/// </summary>
internal static class CouplingRows
{
    public static IReadOnlyList<LinearRow> Build(AllocationProblem problem)
    {
        int n = problem.Channels.Count;
        var rows = new List<LinearRow>();
        foreach (var g in problem.GroupConstraints)
        {
            int[] members = [.. g.Channels];
            double[] ones = [.. members.Select(_ => 1.0)];
            if (g.MinSpend is not null || g.MaxSpend is not null)
            {
                string name = Describe($"group {g.Name}", ("min_spend", g.MinSpend), ("max_spend", g.MaxSpend));
                rows.Add(new LinearRow(name, members, ones, g.MinSpend ?? double.NegativeInfinity, g.MaxSpend ?? double.PositiveInfinity));
            }

            if (g.MinShare is double lo)
            {
                rows.Add(Share($"group {g.Name} min_share {MessageFormat.Number(lo)}", members, lo, n, 0, double.PositiveInfinity));
            }

            if (g.MaxShare is double hi)
            {
                rows.Add(Share($"group {g.Name} max_share {MessageFormat.Number(hi)}", members, hi, n, double.NegativeInfinity, 0));
            }
        }

        foreach (var r in problem.RatioConstraints)
        {
            if (r.MaxRatio is double hi)
            {
                rows.Add(Ratio($"ratio {r.Name} max_ratio {MessageFormat.Number(hi)}", r, hi, double.NegativeInfinity, 0));
            }

            if (r.MinRatio is double lo)
            {
                rows.Add(Ratio($"ratio {r.Name} min_ratio {MessageFormat.Number(lo)}", r, lo, 0, double.PositiveInfinity));
            }
        }

        return rows;
    }

    private static LinearRow Share(string name, int[] members, double share, int n, double lower, double upper)
    {
        var inGroup = new HashSet<int>(members);
        int[] all = [.. Enumerable.Range(0, n)];
        double[] coefficients = [.. all.Select(i => (inGroup.Contains(i) ? 1.0 : 0.0) - share)];
        return new LinearRow(name, all, coefficients, lower, upper);
    }

    private static LinearRow Ratio(string name, RatioConstraint r, double ratio, double lower, double upper)
    {
        int[] channels = [.. r.Numerator, .. r.Denominator];
        double[] coefficients = [.. r.Numerator.Select(_ => 1.0), .. r.Denominator.Select(_ => -ratio)];
        return new LinearRow(name, channels, coefficients, lower, upper);
    }

    private static string Describe(string prefix, params (string Name, double? Value)[] bounds) =>
        prefix + string.Concat(bounds.Where(b => b.Value is not null).Select(b => $" {b.Name} {MessageFormat.Number(b.Value!.Value)}"));

}
