namespace Optimizer.Cli;

/// <summary>
/// Where a run writes and how it reaches a server: the process console by default; tests pass writers and an
/// HTTP handler (for example an in-memory test server's).
/// </summary>
/// <param name="Out">Standard output: results and machine-readable summaries.</param>
/// <param name="Error">Standard error: progress and error messages.</param>
/// <param name="Interactive">True when standard error is a terminal: progress is shown unless --quiet.</param>
/// <param name="HttpHandler">Creates the HTTP handler of gRPC channels (null: a socket handler).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, Func<HttpMessageHandler>? HttpHandler = null)
{
    /// <summary>The process console.</summary>
    public static CliContext FromConsole() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected);
}
