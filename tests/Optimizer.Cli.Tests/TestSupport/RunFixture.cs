namespace Optimizer.Cli.Tests.TestSupport;

/// <summary><c>optimizer run</c> on the example job, once for the tests that inspect its outputs.</summary>
public sealed class RunFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    /// <summary>The output directory.</summary>
    public string Out => _temp.File("out");

    /// <summary>The run.</summary>
    public CliRun Run { get; private set; } = new(-1, "", "");

    /// <summary>A scratch path.</summary>
    public string Scratch(string name) => _temp.File(name);

    /// <inheritdoc />
    public async Task InitializeAsync() => Run = await CliRun.Of(
        ["run", "--data", RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"), "--spec", RepositoryPaths.Combine("examples", "job.yaml"), "--out", Out]);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
