namespace Optimizer.Cli;

/// <summary>
/// Exit codes a scheduler can act on (documented in docs/cli.md). Retrying makes sense for
/// <see cref="ServiceUnavailable"/> and <see cref="DeadlineExceeded"/>; the others need a change of input.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Success: every output was written.</summary>
    public const int Success = 0;

    /// <summary>Any other error (a bug, an I/O failure writing the outputs, an internal server error).</summary>
    public const int Error = 1;

    /// <summary>Invalid input: bad arguments, unreadable or malformed files, a request or data set breaking a rule.</summary>
    public const int InvalidInput = 2;

    /// <summary>The constraints cannot all hold (budget outside the channel bounds, conflicting groups or ratios).</summary>
    public const int Infeasible = 3;

    /// <summary>A scenario target (response, ROAS, CPA) cannot be reached under the constraints.</summary>
    public const int TargetUnreachable = 4;

    /// <summary>The service could not be reached (gRPC UNAVAILABLE after every retry).</summary>
    public const int ServiceUnavailable = 5;

    /// <summary>The deadline (--timeout) passed before the work finished.</summary>
    public const int DeadlineExceeded = 6;
}
