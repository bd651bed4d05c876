using Optimizer.Cli.Console;
using Optimizer.Cli.Remote;

namespace Optimizer.Cli;

/// <summary>
/// One command's run: its writers, progress, deadline (--timeout) and the backend that runs the optimizer.v1
/// operations. <see cref="RunAsync"/> turns whatever the command throws into an exit code and a message on
/// standard error.
/// </summary>
internal sealed class CommandScope
{
    private readonly CancellationTokenSource _timeout;

    private CommandScope(CliContext context, bool quiet, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Context = context;
        Quiet = quiet;
        Progress = new ProgressReporter(context.Error, context.Interactive && !quiet);
        _timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _timeout.CancelAfter(timeout);
        Deadline = DateTime.UtcNow + timeout;
    }

    /// <summary>Writers and HTTP handler.</summary>
    public CliContext Context { get; }

    /// <summary>--quiet: no progress and no human-readable extras.</summary>
    public bool Quiet { get; }

    /// <summary>Whether output is for a person (a terminal and not --quiet).</summary>
    public bool Human => Context.Interactive && !Quiet;

    /// <summary>Progress on standard error.</summary>
    public ProgressReporter Progress { get; }

    /// <summary>The command's deadline (UTC).</summary>
    public DateTime Deadline { get; }

    /// <summary>Cancelled at the deadline or on Ctrl+C.</summary>
    public CancellationToken Token => _timeout.Token;

    /// <summary>Runs <paramref name="body"/> and maps its exceptions to exit codes (see <see cref="ErrorClassifier"/>).</summary>
    public static async Task<int> RunAsync(CliContext context, bool quiet, double timeoutSeconds, CancellationToken cancellationToken, Func<CommandScope, Task<int>> body)
    {
        if (!(timeoutSeconds > 0) || !double.IsFinite(timeoutSeconds))
        {
            await context.Error.WriteLineAsync($"--timeout must be a positive number of seconds (got {timeoutSeconds})");
            return ExitCodes.InvalidInput;
        }

        var scope = new CommandScope(context, quiet, TimeSpan.FromSeconds(Math.Min(timeoutSeconds, int.MaxValue / 1000.0)), cancellationToken);
        try
        {
            return await body(scope);
        }
        catch (Exception e)
        {
            bool timedOut = scope._timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            var (code, message) = ErrorClassifier.Classify(e, timedOut);
            await context.Error.WriteLineAsync($"optimizer: {message}");
            return code;
        }
        finally
        {
            scope._timeout.Dispose();
        }
    }

    /// <summary>The backend: a gRPC client of <paramref name="server"/>, or in-process when it is null.</summary>
    /// <param name="server">--server address, or null.</param>
    /// <param name="retries">--retries: extra attempts after UNAVAILABLE.</param>
    /// <param name="parallel">--parallel: concurrent calls a frontier is split into.</param>
    public IAllocationBackend Backend(string? server, int retries, int parallel = 1)
    {
        if (parallel is < 1 or > 64)
        {
            throw CliException.Invalid($"--parallel must be between 1 and 64 (got {parallel})");
        }

        if (string.IsNullOrWhiteSpace(server))
        {
            return new InProcessBackend(Deadline);
        }

        if (retries < 0)
        {
            throw CliException.Invalid($"--retries must be >= 0 (got {retries})");
        }

        var policy = new RetryPolicy(retries + 1, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(8));
        return new GrpcBackend(server, parallel, Deadline, policy, Context.HttpHandler?.Invoke(), Quiet ? null : message => Context.Error.WriteLine($"optimizer: {message}"));
    }
}
