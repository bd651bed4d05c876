using Optimizer.Cli.Jobs;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Report;

/// <summary>Everything the HTML report shows.</summary>
/// <param name="Title">Report title.</param>
/// <param name="Scenario">The scenario that was optimized (channels with curves and bounds).</param>
/// <param name="Plan">The optimal plan.</param>
/// <param name="Frontier">Budget frontier points (may be empty).</param>
/// <param name="Fit">The marketing-mix fit that produced the curves, or null when the curves were given.</param>
/// <param name="Generated">When the report was made (UTC).</param>
internal sealed record ReportData(
    string Title,
    V1.AllocateBudgetRequest Scenario,
    V1.AllocateBudgetResponse Plan,
    IReadOnlyList<V1.ComputeBudgetFrontierResponse> Frontier,
    MixFit? Fit,
    DateTime Generated);
