using System.CommandLine;
using Optimizer.Cli.Io;

namespace Optimizer.Cli.Commands;

/// <summary>Options several commands share (a new instance per command).</summary>
internal static class CommonOptions
{
    /// <summary>--quiet.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress and no human-readable extras: only machine-readable output on stdout (also the default when not on a terminal).",
    };

    /// <summary>--timeout.</summary>
    public static Option<double> Timeout(double defaultSeconds) => new("--timeout")
    {
        Description = "Deadline for the whole command, in seconds; also the default solve time limit and the gRPC deadline with --server.",
        DefaultValueFactory = _ => defaultSeconds,
    };

    /// <summary>--server.</summary>
    public static Option<string?> Server() => new("--server")
    {
        Description = "Address of a running optimizer.v1 service: http://host:port; dns:///host:port (every address the name resolves to, e.g. a Kubernetes headless Service, calls spread round-robin); or a comma-separated list of http://host:port (round-robin). Without it the work runs in this process, with the same answers (up to rounding when --parallel splits a frontier).",
    };

    /// <summary>--parallel.</summary>
    public static Option<int> Parallel() => new("--parallel")
    {
        Description = "With --server: split the frontier into this many budget ranges computed by concurrent calls (spread over the replicas with dns:/// or a list), and run the plan and the frontier at once; the joined frontier equals one call's up to rounding (about 1e-15 relative). 1 to 64.",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>--retries.</summary>
    public static Option<int> Retries() => new("--retries")
    {
        Description = "With --server: retries after UNAVAILABLE, with exponential backoff from 0.25 s to 8 s (other errors are not retried).",
        DefaultValueFactory = _ => 4,
    };

    /// <summary>--format.</summary>
    public static Option<OutputFormat?> Format() => new("--format")
    {
        Description = "Output on stdout: table, json or csv. Default: table on a terminal, json otherwise.",
    };

    /// <summary>A required file option.</summary>
    public static Option<string> File(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };
}
