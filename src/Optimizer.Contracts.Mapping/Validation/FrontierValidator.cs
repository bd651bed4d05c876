using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Validation;

/// <summary>Structural rules of a <see cref="V1.ComputeBudgetFrontierRequest"/>, and the budgets it asks for.</summary>
public static class FrontierValidator
{
    /// <summary>
    /// Records the request's structural violations in <paramref name="violations"/> and returns its budgets
    /// (empty when the range is invalid) in increasing order: <c>point_count</c> evenly spaced
    /// values from <c>min_budget</c> to <c>max_budget</c>, or, when <c>budget_step</c> is set,
    /// min_budget + k·step for k = 0, 1, … up to max_budget (max_budget itself is added when the steps miss it).
    /// </summary>
    public static IReadOnlyList<double> Validate(V1.ComputeBudgetFrontierRequest request, RequestLimits limits, ViolationList violations)
    {
        if (request.Scenario is null)
        {
            violations.Add("scenario", "required: the channels and constraints to sweep");
        }
        else
        {
            ScenarioValidator.Validate(request.Scenario, limits, "scenario.", budgetRequired: false, violations);
        }

        violations.NonNegative(request.MinBudget, "min_budget");
        violations.NonNegative(request.MaxBudget, "max_budget");
        if (request.MaxBudget < request.MinBudget)
        {
            violations.Add("max_budget", ViolationList.Invariant($"must be >= min_budget {request.MinBudget} (got {request.MaxBudget})"));
        }

        double count = CountPoints(request, violations);
        if (count > limits.MaxFrontierPoints)
        {
            string field = request.HasBudgetStep ? "budget_step" : "point_count";
            violations.Add(field, ViolationList.Invariant($"asks for {count} points; the server allows at most {limits.MaxFrontierPoints}"));
        }

        return violations.Any ? [] : ListBudgets(request, (int)count);
    }

    private static double CountPoints(V1.ComputeBudgetFrontierRequest request, ViolationList violations)
    {
        if (request.HasBudgetStep)
        {
            violations.Positive(request.BudgetStep, "budget_step");
            double span = request.MaxBudget - request.MinBudget;
            bool valid = request.BudgetStep > 0 && double.IsFinite(request.BudgetStep) && span >= 0 && double.IsFinite(span);
            if (!valid)
            {
                return 0;
            }

            double steps = Math.Floor(span / request.BudgetStep * (1 + 1e-12));
            double last = request.MinBudget + (steps * request.BudgetStep);
            return steps + 1 + (Missed(last, request.MaxBudget) ? 1 : 0);
        }

        if (request.PointCount < 2)
        {
            violations.Add("point_count", ViolationList.Invariant($"must be >= 2 when budget_step is unset (got {request.PointCount})"));
        }

        return Math.Max(request.PointCount, 0);
    }

    private static bool Missed(double last, double max) => max - last > 1e-9 * Math.Max(1, Math.Abs(max));

    private static double[] ListBudgets(V1.ComputeBudgetFrontierRequest request, int count)
    {
        double min = request.MinBudget;
        double max = request.MaxBudget;
        var budgets = new double[count];
        for (int k = 0; k < count; k++)
        {
            budgets[k] = request.HasBudgetStep
                ? Math.Min(min + (k * request.BudgetStep), max)
                : min + ((max - min) * k / (count - 1));
        }

        budgets[^1] = max;
        return budgets;
    }
}
