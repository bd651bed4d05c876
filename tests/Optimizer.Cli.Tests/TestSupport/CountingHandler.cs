namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>Counts the HTTP requests (gRPC call attempts) that pass through; can delay each one.</summary>
public sealed class CountingHandler(HttpMessageHandler inner, TimeSpan delay = default) : DelegatingHandler(inner)
{
    private int _count;

    /// <summary>Requests sent so far.</summary>
    public int Count => _count;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
