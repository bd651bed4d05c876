using Grpc.Core;

namespace Optimizer.Cli.Remote;

/// <summary>
/// Retries a call that failed with UNAVAILABLE (service down, connection refused or reset), or with
/// RESOURCE_EXHAUSTED carrying a google.rpc.RetryInfo (the server's admission refusal: every solve slot busy; with a
/// balanced --server the retry may land on another replica), with exponential backoff: attempt k+1 starts after
/// min(<paramref name="maxBackoff"/>, <paramref name="initialBackoff"/> × 2^(k−1)) with ±20% jitter, and no sooner
/// than the RetryInfo delay, never past the deadline. No other status is retried (INVALID_ARGUMENT and
/// FAILED_PRECONDITION would fail again; DEADLINE_EXCEEDED has used the time; RESOURCE_EXHAUSTED without RetryInfo
/// is a size limit that would be hit again).
/// </summary>
/// <param name="maxAttempts">Attempts in all, ≥ 1.</param>
/// <param name="initialBackoff">Wait before the second attempt.</param>
/// <param name="maxBackoff">Longest wait between attempts.</param>
internal sealed class RetryPolicy(int maxAttempts, TimeSpan initialBackoff, TimeSpan maxBackoff)
{
    /// <summary>Attempts in all.</summary>
    public int MaxAttempts { get; } = Math.Max(1, maxAttempts);

    /// <summary>Runs <paramref name="call"/> until it succeeds, fails with a status that is not retried, or the attempts or time run out.</summary>
    /// <param name="call">The call; its argument is the attempt number from 1.</param>
    /// <param name="retryable">Extra condition for a retry (e.g. no frontier point received yet).</param>
    /// <param name="deadline">No attempt starts after this time (UTC).</param>
    /// <param name="onRetry">Told of each retry: the attempt that failed, its error and the wait.</param>
    /// <param name="cancellationToken">Cancels the waits.</param>
    public async Task<T> RunAsync<T>(
        Func<int, Task<T>> call,
        Func<bool> retryable,
        DateTime deadline,
        Action<int, RpcException, TimeSpan>? onRetry,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call(attempt).ConfigureAwait(false);
            }
            catch (RpcException e) when (RetryDelay(e) is TimeSpan minimum && attempt < MaxAttempts && retryable())
            {
                var wait = Backoff(attempt);
                wait = wait < minimum ? minimum : wait;
                if (DateTime.UtcNow + wait >= deadline)
                {
                    throw;
                }

                onRetry?.Invoke(attempt, e, wait);
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The least wait before retrying <paramref name="error"/> (zero for UNAVAILABLE), or null when it is not retried.</summary>
    public static TimeSpan? RetryDelay(RpcException error) => error.StatusCode switch
    {
        StatusCode.Unavailable => TimeSpan.Zero,
        StatusCode.ResourceExhausted when error.GetRpcStatus()?.GetDetail<Google.Rpc.RetryInfo>() is { } info =>
            info.RetryDelay?.ToTimeSpan() is TimeSpan delay && delay > TimeSpan.Zero ? delay : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (from 1).</summary>
    public TimeSpan Backoff(int attempt)
    {
        double factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        double seconds = Math.Min(maxBackoff.TotalSeconds, initialBackoff.TotalSeconds * factor);
        double jitter = 0.8 + (0.4 * Random.Shared.NextDouble());
        return TimeSpan.FromSeconds(seconds * jitter);
    }
}
