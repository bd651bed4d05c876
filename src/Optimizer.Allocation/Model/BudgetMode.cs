namespace Optimizer.Allocation.Model;

/// <summary>How the total budget binds.</summary>
public enum BudgetMode
{
    /// <summary>Total spend equals the budget.</summary>
    Exact,

    /// <summary>Total spend is at most the budget.</summary>
    AtMost,
}
