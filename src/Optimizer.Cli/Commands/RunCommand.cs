using System.CommandLine;
using System.Text.Json.Nodes;
using Optimizer.Cli.Io;
using Optimizer.Cli.Jobs;
using Optimizer.Cli.Report;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer run</c>: the scheduled job in one step. Fit the curves, allocate next period's budget with them,
/// sweep the budget frontier, and write curves.json, scenario.json, plan.json, plan.csv and report.html to --out.
/// </summary>
internal static class RunCommand
{
    /// <summary>Examples shown by --help.</summary>
    public const string Examples = """
          optimizer run --data examples/data/dt_simulated_weekly.csv --spec examples/job.yaml --out out/
          optimizer run --data history.csv --spec job.yaml --out /reports/$(date +%F) --server http://optimizer.prod.svc:50051 --quiet
          optimizer run --data history.csv --spec job.yaml --out out/ --server dns:///optimizer-headless.optimizer.svc.cluster.local:50051 --parallel 4
        """;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext context)
    {
        var fit = new FitOptions();
        var output = new Option<string>("--out") { Description = "Output directory (created if missing).", Required = true };
        var server = CommonOptions.Server();
        var retries = CommonOptions.Retries();
        var parallel = CommonOptions.Parallel();
        var timeout = CommonOptions.Timeout(3600);
        var quiet = CommonOptions.Quiet();
        var command = new Command("run", "Fit, allocate next period's budget with the fitted curves, and report: writes curves.json, scenario.json, plan.json, plan.csv and report.html into --out.");
        fit.AddTo(command);
        foreach (Option option in new Option[] { output, server, retries, parallel, timeout, quiet })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandScope.RunAsync(context, parse.GetValue(quiet), parse.GetValue(timeout), cancellationToken, async scope =>
        {
            string directory = parse.GetValue(output)!;
            var spec = fit.ReadSpec(parse);
            var mix = await Task.Run(() => FitRunner.Fit(parse.GetValue(fit.Data)!, spec, fit.Overrides(parse), scope.Progress, scope.Token), scope.Token);

            var scenario = ScenarioBuilder.Allocation(mix, spec.Allocation);
            scope.Progress.Report($"allocating a budget of {Numbers.Amount(scenario.Budget.Total)} over {scenario.Channels.Count} channels");
            using var backend = scope.Backend(parse.GetValue(server), parse.GetValue(retries), parse.GetValue(parallel));
            var frontierRequest = ScenarioBuilder.Frontier(scenario, spec.Allocation.Frontier);

            // The plan and the frontier are independent: with --parallel they run at once (on different replicas
            // when the server is balanced).
            var planTask = backend.AllocateAsync(scenario, scope.Token);
            if (parse.GetValue(parallel) == 1)
            {
                await planTask;
            }

            var frontier = frontierRequest is null ? [] : await backend.ComputeFrontierAsync(frontierRequest, scope.Token);
            var plan = await planTask;

            scope.Progress.Report($"writing {directory}");
            Directory.CreateDirectory(directory);
            CurvesDocument.Write(CurvesDocument.Build(mix), Path.Combine(directory, "curves.json"));
            await File.WriteAllTextAsync(Path.Combine(directory, "scenario.json"), ProtoFiles.Format(scenario) + "\n", scope.Token);
            await File.WriteAllTextAsync(Path.Combine(directory, "plan.json"), ProtoFiles.Format(plan) + "\n", scope.Token);
            await using (var csv = new StreamWriter(Path.Combine(directory, "plan.csv")))
            {
                ResultWriter.Write(plan, OutputFormat.Csv, csv);
            }

            var title = $"Budget plan: {string.Join(", ", scenario.Channels.Select(c => c.Name))}";
            HtmlReport.Write(new ReportData(title, scenario, plan, frontier, mix, DateTime.UtcNow), Path.Combine(directory, "report.html"));

            if (scope.Human)
            {
                ResultWriter.Write(plan, OutputFormat.Table, scope.Context.Out);
                await scope.Context.Out.WriteLineAsync($"wrote curves.json, scenario.json, plan.json, plan.csv, report.html to {directory}");
            }
            else
            {
                await scope.Context.Out.WriteLineAsync(Summary(directory, plan).ToJsonString());
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static JsonObject Summary(string directory, Contracts.V1.AllocateBudgetResponse plan) => new()
    {
        ["status"] = ResultWriter.Status(plan.Status),
        ["out"] = directory,
        ["budget"] = plan.Totals.Spend,
        ["current_value"] = plan.Totals.CurrentValue,
        ["planned_value"] = plan.Totals.Value,
        ["gain"] = plan.Totals.Value - plan.Totals.CurrentValue,
        ["relative_gap"] = plan.Certificate.RelativeGap,
        ["files"] = new JsonArray("curves.json", "scenario.json", "plan.json", "plan.csv", "report.html"),
    };
}
