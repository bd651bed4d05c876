using System.CommandLine;
using Optimizer.Cli.Jobs;

namespace Optimizer.Cli.Commands;

/// <summary><c>optimizer fit</c>: fit response curves from a wide CSV and write curves.json.</summary>
internal static class FitCommand
{
    /// <summary>Examples shown by --help.</summary>
    public const string Examples = """
          optimizer fit --data examples/data/dt_simulated_weekly.csv --spec examples/job.yaml --out curves.json
          optimizer fit --data history.csv --date week --outcome sales --channel tv --channel search --control price --out curves.json
        """;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext context)
    {
        var fit = new FitOptions();
        var output = new Option<string?>("--out") { Description = "Write curves.json here (default: stdout)." };
        var timeout = CommonOptions.Timeout(1800);
        var quiet = CommonOptions.Quiet();
        var command = new Command("fit", "Fit a marketing-mix model (adstock + saturation per channel) to a wide CSV and write each channel's response curve, ROAS and contribution.");
        fit.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(timeout);
        command.Options.Add(quiet);
        command.SetAction((parse, cancellationToken) => CommandScope.RunAsync(context, parse.GetValue(quiet), parse.GetValue(timeout), cancellationToken, async scope =>
        {
            var spec = fit.ReadSpec(parse);
            var result = await Task.Run(() => FitRunner.Fit(parse.GetValue(fit.Data)!, spec, fit.Overrides(parse), scope.Progress, scope.Token), scope.Token);
            var document = CurvesDocument.Build(result);
            if (parse.GetValue(output) is { } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                CurvesDocument.Write(document, path);
                if (scope.Human)
                {
                    await scope.Context.Out.WriteLineAsync($"wrote {path}");
                }
            }
            else
            {
                await scope.Context.Out.WriteLineAsync(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
