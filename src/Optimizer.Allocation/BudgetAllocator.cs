using System.Diagnostics;
using Optimizer.Allocation.Errors;
using Optimizer.Allocation.Model;
using Optimizer.Allocation.Solvers;
using Optimizer.Allocation.Validation;

namespace Optimizer.Allocation;

/// <summary>
/// The allocator: validates a problem, reduces its scenario to budget-coupled separable problems, and solves
/// those with certified branch and bound over concave envelopes (<see cref="BranchAndBound"/>), which for
/// concave curves is the exact multiplier method in a single node.
/// </summary>
public sealed class BudgetAllocator : IBudgetAllocator
{
    /// <inheritdoc />
    public AllocationResult Allocate(AllocationProblem problem, SolveOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= SolveOptions.Default;
        using var activity = AllocationTelemetry.Source.StartActivity("optimizer.solve");
        activity?.SetTag("optimizer.channels", problem.Channels.Count);
        activity?.SetTag("optimizer.objective", problem.Goal.Kind.ToString());
        var clock = Stopwatch.StartNew();
        string status = "invalid";
        try
        {
            ProblemValidator.Validate(problem);
            FeasibilityCheck.Cardinality(problem);
            var result = ScenarioSolver.Solve(problem, options, Deadline(options), cancellationToken) with { WallTime = clock.Elapsed };
            status = result.Status == SolveStatus.Optimal ? "optimal" : "feasible";
            activity?.SetTag("optimizer.relative_gap", result.RelativeGap);
            activity?.SetTag("optimizer.nodes", result.NodeCount);
            return result;
        }
        catch (InfeasibleProblemException)
        {
            status = "infeasible";
            throw;
        }
        catch (TargetUnreachableException)
        {
            status = "target_unreachable";
            throw;
        }
        catch (OperationCanceledException)
        {
            status = "cancelled";
            throw;
        }
        finally
        {
            activity?.SetTag("optimizer.status", status);
            AllocationTelemetry.RecordSolve(clock.Elapsed.TotalSeconds, problem.Channels.Count, status);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ChannelAllocation> Evaluate(IReadOnlyList<ChannelSpec> channels, IReadOnlyList<double> spends)
    {
        var errors = new List<FieldViolation>();
        if (spends.Count != channels.Count)
        {
            errors.Add(new("spends", $"expected {channels.Count} spends, one per channel (got {spends.Count})"));
        }

        for (int i = 0; i < Math.Min(spends.Count, channels.Count); i++)
        {
            if (!(spends[i] >= 0) || !double.IsFinite(spends[i]))
            {
                errors.Add(new($"spends[{i}].spend", $"must be a finite number >= 0 (got {spends[i]})"));
            }
            else
            {
                ProblemValidator.CheckMagnitude(errors, channels[i], i, spends[i]);
            }
        }

        if (errors.Count > 0)
        {
            throw new ProblemValidationException(errors);
        }

        return channels.Select((c, i) => ResultBuilder.Channel(c, spends[i], null)).ToList();
    }

    /// <inheritdoc />
    public IEnumerable<FrontierPoint> ComputeFrontier(AllocationProblem problem, IReadOnlyList<double> budgets, SolveOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= SolveOptions.Default;
        ProblemValidator.Validate(problem);
        FeasibilityCheck.Cardinality(problem);
        return FrontierSweep.Run(problem, budgets, options, cancellationToken);
    }

    private static long Deadline(SolveOptions options) =>
        options.TimeLimit is TimeSpan limit ? Environment.TickCount64 + (long)Math.Ceiling(limit.TotalMilliseconds) : long.MaxValue;
}
