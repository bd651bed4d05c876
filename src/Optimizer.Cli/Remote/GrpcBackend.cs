using Grpc.Core;
using Grpc.Net.Client;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Remote;

/// <summary>
/// The operations on a running optimizer.v1 service over gRPC (HTTP/2; plain-text for http:// addresses). Every
/// call carries the command's deadline, and UNAVAILABLE is retried by <see cref="RetryPolicy"/>. With a balanced
/// --server (<see cref="ServerChannel"/>) and a parallelism above 1, a frontier is split into budget ranges
/// computed by concurrent calls, which round-robin spreads over the replicas.
/// </summary>
internal sealed class GrpcBackend : IAllocationBackend
{
    private readonly GrpcChannel[] _channels;
    private readonly V1.AllocationService.AllocationServiceClient[] _clients;
    private int _next = -1;
    private readonly DateTime _deadline;
    private readonly RetryPolicy _retry;
    private readonly Action<string>? _log;
    private readonly int _parallel;

    /// <summary>Connects lazily to <paramref name="address"/>.</summary>
    /// <param name="address">Service address (<see cref="ServerChannel"/>), e.g. http://optimizer.prod.svc:50051 or dns:///optimizer-headless.prod.svc:50051.</param>
    /// <param name="parallel">Concurrent calls a frontier is split into (1: one call).</param>
    /// <param name="deadline">Deadline of every call (UTC).</param>
    /// <param name="retry">Retry policy for UNAVAILABLE.</param>
    /// <param name="httpHandler">HTTP handler (null: a socket handler).</param>
    /// <param name="log">Told of retries (progress output), or null.</param>
    /// <exception cref="CliException">The address is none of the forms of <see cref="ServerChannel"/>.</exception>
    public GrpcBackend(string address, int parallel, DateTime deadline, RetryPolicy retry, HttpMessageHandler? httpHandler, Action<string>? log)
    {
        _channels = ServerChannel.Create(address, httpHandler);
        _parallel = parallel;
        _clients = [.. _channels.Select(c => new V1.AllocationService.AllocationServiceClient(c))];
        _deadline = deadline;
        _retry = retry;
        _log = log;
    }

    /// <inheritdoc />
    public Task<V1.AllocateBudgetResponse> AllocateAsync(V1.AllocateBudgetRequest request, CancellationToken cancellationToken) =>
        _retry.RunAsync(
            _ => Client().AllocateBudgetAsync(request, deadline: _deadline, cancellationToken: cancellationToken).ResponseAsync,
            () => true, _deadline, Retrying, cancellationToken);

    /// <inheritdoc />
    public Task<V1.EvaluateAllocationResponse> EvaluateAsync(V1.EvaluateAllocationRequest request, CancellationToken cancellationToken) =>
        _retry.RunAsync(
            _ => Client().EvaluateAllocationAsync(request, deadline: _deadline, cancellationToken: cancellationToken).ResponseAsync,
            () => true, _deadline, Retrying, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<V1.ComputeBudgetFrontierResponse>> ComputeFrontierAsync(V1.ComputeBudgetFrontierRequest request, CancellationToken cancellationToken)
    {
        var parts = _parallel > 1 ? FrontierSplit.Split(request, _parallel) : [request];
        if (parts.Count == 1)
        {
            return await ComputeRangeAsync(request, cancellationToken).ConfigureAwait(false);
        }

        _log?.Invoke($"frontier split into {parts.Count} concurrent calls");
        return FrontierSplit.Join(await Task.WhenAll(parts.Select(part => ComputeRangeAsync(part, cancellationToken))).ConfigureAwait(false));
    }

    private Task<IReadOnlyList<V1.ComputeBudgetFrontierResponse>> ComputeRangeAsync(V1.ComputeBudgetFrontierRequest request, CancellationToken cancellationToken)
    {
        var points = new List<V1.ComputeBudgetFrontierResponse>();
        return _retry.RunAsync<IReadOnlyList<V1.ComputeBudgetFrontierResponse>>(
            async _ =>
            {
                using var call = Client().ComputeBudgetFrontier(request, deadline: _deadline, cancellationToken: cancellationToken);
                await foreach (var point in call.ResponseStream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    points.Add(point);
                }

                return points;
            },
            () => points.Count == 0,
            _deadline,
            Retrying,
            cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
    }

    /// <summary>The next server's client, in turn (each attempt, retries included, goes to the next one).</summary>
    private V1.AllocationService.AllocationServiceClient Client() =>
        _clients[(int)((uint)Interlocked.Increment(ref _next) % (uint)_clients.Length)];

    private void Retrying(int attempt, RpcException error, TimeSpan wait) =>
        _log?.Invoke($"attempt {attempt} of {_retry.MaxAttempts}: {error.StatusCode} ({error.Status.Detail}); retrying in {wait.TotalSeconds:0.0} s");
}
