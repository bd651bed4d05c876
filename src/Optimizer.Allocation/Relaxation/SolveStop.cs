namespace Optimizer.Allocation.Relaxation;

/// <summary>
/// When a solve must stop: its deadline (<see cref="Environment.TickCount64"/> milliseconds) or its call's
/// cancellation. Checked inside relaxations (every multiplier pass, every cutting-plane round) as well as between
/// branch-and-bound nodes, so one slow node cannot carry a solve far past its deadline.
/// </summary>
/// <param name="Deadline">Stop time in <see cref="Environment.TickCount64"/> units, or <see cref="long.MaxValue"/>.</param>
/// <param name="Token">The call's cancellation.</param>
internal readonly record struct SolveStop(long Deadline, CancellationToken Token)
{
    /// <summary>Never stops.</summary>
    public static SolveStop None { get; } = new(long.MaxValue, CancellationToken.None);

    /// <summary>Whether the deadline has passed or the call was cancelled.</summary>
    public bool Due => Token.IsCancellationRequested || (Deadline != long.MaxValue && Environment.TickCount64 >= Deadline);

    /// <summary>Milliseconds left, at least 0 (<see cref="long.MaxValue"/> without a deadline).</summary>
    public long RemainingMilliseconds => Deadline == long.MaxValue ? long.MaxValue : Math.Max(0, Deadline - Environment.TickCount64);

    /// <summary>Throws <see cref="SolveInterruptedException"/> when <see cref="Due"/>.</summary>
    /// <exception cref="SolveInterruptedException">The deadline passed or the call was cancelled.</exception>
    public void ThrowIfDue()
    {
        if (Due)
        {
            throw new SolveInterruptedException();
        }
    }
}

/// <summary>A relaxation stopped at the solve's deadline or cancellation before it had a valid answer.</summary>
internal sealed class SolveInterruptedException() : Exception("the solve was stopped at its deadline or cancelled");
