namespace Optimizer.Allocation.Model;

/// <summary>The planning scenario: what the allocator optimizes.</summary>
public enum ObjectiveKind
{
    /// <summary>Maximize Σ v_i f_i(x_i) for the budget (exact or at most).</summary>
    MaximizeResponse,

    /// <summary>Maximize Σ v_i f_i(x_i) − Σ x_i; the budget is a cap.</summary>
    MaximizeProfit,

    /// <summary>Minimize Σ x_i subject to Σ f_i(x_i) ≥ target response; the budget is a cap.</summary>
    ReachResponseTarget,

    /// <summary>Maximize Σ v_i f_i(x_i) subject to total ROAS ≥ target (Σ v f ≥ target·Σ x); the budget is a cap.</summary>
    TargetRoas,

    /// <summary>Maximize Σ f_i(x_i) subject to CPA ≤ target (Σ x ≤ target·Σ f); the budget is a cap.</summary>
    TargetCpa,

    /// <summary>Spend while the marginal ROAS of every funded channel stays ≥ the threshold; the budget is a cap.</summary>
    MarginalRoasFloor,
}
