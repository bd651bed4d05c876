using Optimizer.Cli;

namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>The outcome of one in-process run of the tool.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>optimizer</c> with <paramref name="args"/> (not on a terminal: machine-readable output).</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="handler">HTTP handler of --server channels (an in-memory test server's), or null for sockets.</param>
    internal static async Task<CliRun> Of(string[] args, Func<HttpMessageHandler>? handler = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await CliApp.RunAsync(args, new CliContext(output, error, Interactive: false, handler));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A readable description for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
