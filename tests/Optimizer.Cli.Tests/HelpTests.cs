using Optimizer.Cli.Tests.TestSupport;

namespace Optimizer.Cli.Tests;

/// <summary>--help on every command shows usage, examples and the exit codes.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("fit")]
    [InlineData("allocate")]
    [InlineData("evaluate")]
    [InlineData("frontier")]
    [InlineData("run")]
    public async Task Help_EveryCommand_ShowsExamplesAndExitCodes(string command)
    {
        var run = await CliRun.Of(command.Length == 0 ? ["--help"] : [command, "--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"optimizer {command}".TrimEnd(), run.Out, StringComparison.Ordinal);
        Assert.Contains("6  deadline exceeded", run.Out, StringComparison.Ordinal);
    }
}
