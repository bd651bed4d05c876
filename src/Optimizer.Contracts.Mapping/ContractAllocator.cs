using Optimizer.Allocation;
using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Contracts.Mapping.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>
/// The optimizer.v1 operations on contract messages: validate the request's structure, map it to the core model,
/// call <see cref="IBudgetAllocator"/>, map the result back. The gRPC service and the command-line tool both
/// go through this class, so a request gives the same answer in-process and over the wire.
/// </summary>
/// <param name="allocator">The core allocator.</param>
/// <param name="limits">Request limits (channel count, frontier points, time limits).</param>
public sealed class ContractAllocator(IBudgetAllocator allocator, RequestLimits limits)
{
    private const string ScenarioPrefix = "scenario.";

    /// <summary>AllocateBudget: the optimal split with its certificate (currency and unit echoed).</summary>
    /// <param name="request">The scenario.</param>
    /// <param name="deadline">The call's deadline (UTC), <see cref="DateTime.MaxValue"/> for none: the default time limit.</param>
    /// <param name="now">The current UTC time.</param>
    /// <param name="cancellationToken">Cancels the solve.</param>
    /// <returns>The response and the solved problem (for logging).</returns>
    /// <exception cref="RequestValidationException">The request breaks a structural rule or a curve parameter rule.</exception>
    /// <exception cref="ProblemValidationException">The problem breaks an allocator rule.</exception>
    /// <exception cref="InfeasibleProblemException">The constraints cannot all hold.</exception>
    /// <exception cref="TargetUnreachableException">The scenario's target cannot be reached.</exception>
    public (V1.AllocateBudgetResponse Response, AllocationProblem Problem, AllocationResult Result) Allocate(
        V1.AllocateBudgetRequest request, DateTime deadline, DateTime now, CancellationToken cancellationToken)
    {
        var violations = new ViolationList();
        ScenarioValidator.Validate(request, limits, prefix: "", budgetRequired: true, violations);
        var problem = violations.Checked(ProblemMapping.ToProblem(request, prefix: "", violations));
        var options = SolveOptionsMapping.ToDomain(request.Options, deadline, now, limits);
        var result = allocator.Allocate(problem, options, cancellationToken);

        var response = ResultMapping.ToResponse(result, problem.Channels);
        response.CurrencyCode = request.CurrencyCode;
        response.ResponseUnit = request.ResponseUnit;
        return (response, problem, result);
    }

    /// <summary>EvaluateAllocation: response, ROAS and marginal ROAS of the given split (channels not listed at current spend).</summary>
    /// <exception cref="RequestValidationException">The request breaks a structural rule or a curve parameter rule.</exception>
    /// <exception cref="ProblemValidationException">A spend breaks an allocator rule.</exception>
    public V1.EvaluateAllocationResponse Evaluate(V1.EvaluateAllocationRequest request)
    {
        var violations = EvaluateValidator.Validate(request, limits);
        double valuePerResponse = request.HasValuePerResponse ? request.ValuePerResponse : 1.0;
        var specs = violations.Checked(ChannelMapping.ToSpecs(request.Channels, valuePerResponse, prefix: "", violations));
        var given = request.Spends.ToDictionary(s => s.Name, s => s.Spend, StringComparer.Ordinal);
        var spends = specs.Select(c => given.TryGetValue(c.Name, out double spend) ? spend : c.CurrentSpend).ToArray();

        var channels = allocator.Evaluate(specs, spends);
        return new V1.EvaluateAllocationResponse
        {
            Channels = { channels.Select(c => ResultMapping.ToChannel(c, withBound: false)) },
            Totals = TotalsMapping.ToTotals(channels, specs),
        };
    }

    /// <summary>
    /// ComputeBudgetFrontier: validates the request and maps its scenario eagerly (so errors surface before the
    /// first point), then yields the points lazily in increasing budget order. Allocator rule violations found
    /// during the sweep are reported with their paths under <c>scenario.</c>.
    /// </summary>
    /// <param name="request">The frontier request.</param>
    /// <param name="deadline">The call's deadline (UTC), <see cref="DateTime.MaxValue"/> for none.</param>
    /// <param name="now">The current UTC time.</param>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    /// <returns>The number of channels and budgets, and the lazily computed points.</returns>
    /// <exception cref="RequestValidationException">The request breaks a structural rule or a curve parameter rule.</exception>
    public (int ChannelCount, int PointCount, IEnumerable<V1.ComputeBudgetFrontierResponse> Points) ComputeFrontier(
        V1.ComputeBudgetFrontierRequest request, DateTime deadline, DateTime now, CancellationToken cancellationToken)
    {
        var violations = new ViolationList();
        var budgets = FrontierValidator.Validate(request, limits, violations);
        var problem = violations.Checked(request.Scenario is { } scenario
            ? ProblemMapping.ToProblem(scenario, ScenarioPrefix, violations, budgets.FirstOrDefault())
            : null);
        var options = SolveOptionsMapping.ToDomain(request.Scenario.Options, deadline, now, limits);
        return (problem.Channels.Count, budgets.Count, Sweep(problem, budgets, options, cancellationToken));
    }

    private IEnumerable<V1.ComputeBudgetFrontierResponse> Sweep(
        AllocationProblem problem, IReadOnlyList<double> budgets, SolveOptions options, CancellationToken cancellationToken)
    {
        IEnumerator<FrontierPoint>? points = null;
        try
        {
            while (true)
            {
                FrontierPoint point;
                try
                {
                    // The allocator may validate when called or while enumerating: both are inside this try.
                    points ??= allocator.ComputeFrontier(problem, budgets, options, cancellationToken).GetEnumerator();
                    if (!points.MoveNext())
                    {
                        yield break;
                    }

                    point = points.Current;
                }
                catch (ProblemValidationException e)
                {
                    var prefixed = new ViolationList();
                    prefixed.AddAll(e.Violations, ScenarioPrefix);
                    prefixed.ThrowIfAny();
                    throw;
                }

                yield return ResultMapping.ToFrontierPoint(point, problem.Channels);
            }
        }
        finally
        {
            points?.Dispose();
        }
    }
}
