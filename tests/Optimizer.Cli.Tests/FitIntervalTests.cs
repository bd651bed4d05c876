using System.Text.Json.Nodes;
using Optimizer.Cli.Tests.TestSupport;

namespace Optimizer.Cli.Tests;

/// <summary>
/// The job file's <c>model.roas_intervals</c>: the shipped examples/job.yaml asks for profile-likelihood ROAS intervals, so
/// its curves.json has them without bootstrap draws.
/// </summary>
public sealed class FitIntervalTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Fit_ProfileLikelihoodIntervals_EveryChannelHasIntervalsAroundItsRoas()
    {
        string spec = RepositoryPaths.Combine("examples", "job.yaml");
        string output = Path.Combine(_temp.Path, "curves.json");

        var run = await CliRun.Of(["fit", "--data", RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"), "--spec", spec, "--out", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var channels = JsonNode.Parse(File.ReadAllText(output))!["channels"]!.AsArray();
        Assert.Equal(5, channels.Count);
        Assert.All(channels, c =>
        {
            double roas = c!["roas"]!.GetValue<double>();
            var i90 = c["roas_interval_90"]!;
            var i95 = c["roas_interval_95"]!;
            Assert.InRange(roas, i90["lower"]!.GetValue<double>(), i90["upper"]!.GetValue<double>());
            Assert.True(i95["lower"]!.GetValue<double>() <= i90["lower"]!.GetValue<double>() && i90["upper"]!.GetValue<double>() <= i95["upper"]!.GetValue<double>());
            Assert.Empty(c["curve"]!["draws"]?.AsArray() ?? []);
        });
    }

    [Fact]
    public async Task Fit_UnknownIntervalMethod_ExitsTwoNamingTheChoices()
    {
        string spec = _temp.Write("job.yaml", File.ReadAllText(RepositoryPaths.Combine("examples", "job.yaml")).Replace("roas_intervals: profile_likelihood", "roas_intervals: jackknife", StringComparison.Ordinal));

        var run = await CliRun.Of(["fit", "--data", RepositoryPaths.Combine("examples", "data", "dt_simulated_weekly.csv"), "--spec", spec]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("model.roas_intervals: 'jackknife' is not one of bootstrap, profile_likelihood", run.Error, StringComparison.Ordinal);
    }
}
