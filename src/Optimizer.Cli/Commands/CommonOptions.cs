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
        Description = "Address of a running optimizer.v1 service (e.g. http://127.0.0.1:50051). Without it the work runs in this process, with the same answers.",
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
