using Optimizer.Allocation;
using Optimizer.Allocation.Model;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>
/// An allocator whose solves block until released (or until their token is cancelled), delegating the answer to
/// the real one: makes "a solve is running" a state a test controls.
/// </summary>
internal sealed class BlockingAllocator : IBudgetAllocator
{
    private readonly BudgetAllocator _inner = new();
    private readonly SemaphoreSlim _release = new(0);
    private int _running;

    public int Running => Volatile.Read(ref _running);

    /// <summary>Completed when a solve observed its cancellation token fire.</summary>
    public TaskCompletionSource CancellationObserved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(int count) => _release.Release(count);

    public async Task WaitRunningAsync(int count)
    {
        for (int i = 0; i < 500 && Running < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, Running);
    }

    public AllocationResult Allocate(AllocationProblem problem, SolveOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _running);
        try
        {
            _release.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            CancellationObserved.TrySetResult();
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return _inner.Allocate(problem, options, cancellationToken);
    }

    public IReadOnlyList<ChannelAllocation> Evaluate(IReadOnlyList<ChannelSpec> channels, IReadOnlyList<double> spends) =>
        _inner.Evaluate(channels, spends);

    public IEnumerable<FrontierPoint> ComputeFrontier(AllocationProblem problem, IReadOnlyList<double> budgets, SolveOptions? options = null, CancellationToken cancellationToken = default) =>
        _inner.ComputeFrontier(problem, budgets, options, cancellationToken);
}
