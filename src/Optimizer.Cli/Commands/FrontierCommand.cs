using System.CommandLine;
using Optimizer.Cli.Io;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Commands;

/// <summary><c>optimizer frontier</c>: the ComputeBudgetFrontier RPC on a file.</summary>
internal static class FrontierCommand
{
    /// <summary>Examples shown by --help.</summary>
    public const string Examples = """
          optimizer frontier --scenario examples/retail_weekly_frontier.json
          optimizer frontier --scenario examples/retail_weekly_frontier.json --out frontier.csv
          optimizer frontier --scenario examples/retail_weekly_frontier.json --server http://127.0.0.1:50051 --format json
          optimizer frontier --scenario big.json --server dns:///optimizer-headless.optimizer.svc.cluster.local:50051 --parallel 8
        """;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext context)
    {
        var scenario = CommonOptions.File("--scenario", "ComputeBudgetFrontierRequest as proto JSON or YAML: a scenario and the budgets to sweep.");
        var output = new Option<string?>("--out") { Description = "Write the points to this file: .json (array of ComputeBudgetFrontierResponse) or .csv (one row per budget)." };
        var format = CommonOptions.Format();
        var server = CommonOptions.Server();
        var retries = CommonOptions.Retries();
        var parallel = CommonOptions.Parallel();
        var timeout = CommonOptions.Timeout(300);
        var quiet = CommonOptions.Quiet();
        var command = new Command("frontier", "Re-optimize a scenario at each budget of a range: the budget frontier (ComputeBudgetFrontier).")
        {
            scenario, output, format, server, retries, parallel, timeout, quiet,
        };
        command.SetAction((parse, cancellationToken) => CommandScope.RunAsync(context, parse.GetValue(quiet), parse.GetValue(timeout), cancellationToken, async scope =>
        {
            var request = ProtoFiles.Read<V1.ComputeBudgetFrontierRequest>(parse.GetValue(scenario)!);
            using var backend = scope.Backend(parse.GetValue(server), parse.GetValue(retries), parse.GetValue(parallel));
            var points = await backend.ComputeFrontierAsync(request, scope.Token);
            ResultOutput.Emit(scope, parse.GetValue(output), parse.GetValue(format), (f, w) => ResultWriter.Write(points, f, w));
            return ExitCodes.Success;
        }));
        return command;
    }
}
