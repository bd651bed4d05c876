namespace Optimizer.Cli;

/// <summary>Entry point of the <c>optimizer</c> tool.</summary>
internal static class Program
{
    /// <summary>Runs the command line and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliContext.FromConsole());
}
