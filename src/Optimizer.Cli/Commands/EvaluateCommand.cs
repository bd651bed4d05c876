using System.CommandLine;
using Optimizer.Cli.Io;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Cli.Commands;

/// <summary><c>optimizer evaluate</c>: the EvaluateAllocation RPC on a file.</summary>
internal static class EvaluateCommand
{
    /// <summary>Examples shown by --help.</summary>
    public const string Examples = """
          optimizer evaluate --scenario split.json
          optimizer evaluate --scenario split.yaml --format csv
          optimizer evaluate --scenario split.json --server http://127.0.0.1:50051
        """;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext context)
    {
        var scenario = CommonOptions.File("--scenario", "EvaluateAllocationRequest as proto JSON or YAML: channels with curves, and spends by channel name (others at current_spend).");
        var output = new Option<string?>("--out") { Description = "Write the evaluation to this file: .json or .csv." };
        var format = CommonOptions.Format();
        var server = CommonOptions.Server();
        var retries = CommonOptions.Retries();
        var timeout = CommonOptions.Timeout(60);
        var quiet = CommonOptions.Quiet();
        var command = new Command("evaluate", "Response, ROAS and marginal ROAS of a split you give (EvaluateAllocation).")
        {
            scenario, output, format, server, retries, timeout, quiet,
        };
        command.SetAction((parse, cancellationToken) => CommandScope.RunAsync(context, parse.GetValue(quiet), parse.GetValue(timeout), cancellationToken, async scope =>
        {
            var request = ProtoFiles.Read<V1.EvaluateAllocationRequest>(parse.GetValue(scenario)!);
            using var backend = scope.Backend(parse.GetValue(server), parse.GetValue(retries));
            var evaluation = await backend.EvaluateAsync(request, scope.Token);
            ResultOutput.Emit(scope, parse.GetValue(output), parse.GetValue(format), (f, w) => ResultWriter.Write(evaluation, f, w));
            return ExitCodes.Success;
        }));
        return command;
    }
}
