using System.CommandLine;
using Optimizer.Cli.Io;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Commands;

/// <summary><c>optimizer allocate</c>: the AllocateBudget RPC on a scenario file.</summary>
internal static class AllocateCommand
{
    /// <summary>Examples shown by --help.</summary>
    public const string Examples = """
          optimizer allocate --scenario examples/retail_weekly.json
          optimizer allocate --scenario examples/retail_weekly.yaml --out plan.csv
          optimizer allocate --scenario examples/retail_weekly.json --format json > plan.json
          optimizer allocate --scenario examples/retail_weekly.json --server http://127.0.0.1:50051 --timeout 30
        """;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext context)
    {
        var scenario = CommonOptions.File("--scenario", "AllocateBudgetRequest as proto JSON (the file buf curl -d @file sends) or the same in YAML.");
        var output = new Option<string?>("--out") { Description = "Write the plan to this file: .json (the AllocateBudgetResponse) or .csv (one row per channel)." };
        var format = CommonOptions.Format();
        var server = CommonOptions.Server();
        var retries = CommonOptions.Retries();
        var timeout = CommonOptions.Timeout(120);
        var quiet = CommonOptions.Quiet();
        var command = new Command("allocate", "Find the best split of a budget for a scenario (AllocateBudget), with its certificate of optimality.")
        {
            scenario, output, format, server, retries, timeout, quiet,
        };
        command.SetAction((parse, cancellationToken) => CommandScope.RunAsync(context, parse.GetValue(quiet), parse.GetValue(timeout), cancellationToken, async scope =>
        {
            var request = ProtoFiles.Read<V1.AllocateBudgetRequest>(parse.GetValue(scenario)!);
            using var backend = scope.Backend(parse.GetValue(server), parse.GetValue(retries));
            var plan = await backend.AllocateAsync(request, scope.Token);
            ResultOutput.Emit(scope, parse.GetValue(output), parse.GetValue(format), (f, w) => ResultWriter.Write(plan, f, w));
            return ExitCodes.Success;
        }));
        return command;
    }
}
