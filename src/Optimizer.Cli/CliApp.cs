using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Optimizer.Cli.Commands;

namespace Optimizer.Cli;

/// <summary>The <c>optimizer</c> command line: commands, help with examples, and exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exit codes, printed at the end of the top-level help.</summary>
    public const string ExitCodeHelp = """
        Exit codes:
          0  success
          1  other error (I/O, internal server error, bug)
          2  invalid input (arguments, files, request or data breaking a rule)
          3  infeasible constraints
          4  target not reachable
          5  service unreachable (after retries)
          6  deadline exceeded (--timeout)
        """;

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"optimizer: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'optimizer --help' or 'optimizer <command> --help' for usage and examples.");
            return ExitCodes.InvalidInput;
        }

        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e)
        {
            var (code, message) = ErrorClassifier.Classify(e, timedOut: false);
            await context.Error.WriteLineAsync($"optimizer: {message}");
            return code;
        }
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("optimizer: fit response curves, allocate marketing budgets with a certificate of optimality, and report. "
            + "Scenario files are optimizer.v1 proto JSON (what buf curl -d @file sends) or the same in YAML.");
        var examples = new Dictionary<Command, string>
        {
            [root] = """
                  optimizer run --data examples/data/dt_simulated_weekly.csv --spec examples/job.yaml --out out/
                  optimizer allocate --scenario examples/retail_weekly.json
                  optimizer <command> --help
                """,
        };
        Add(root, examples, FitCommand.Build(context), FitCommand.Examples);
        Add(root, examples, AllocateCommand.Build(context), AllocateCommand.Examples);
        Add(root, examples, EvaluateCommand.Build(context), EvaluateCommand.Examples);
        Add(root, examples, FrontierCommand.Build(context), FrontierCommand.Examples);
        Add(root, examples, RunCommand.Build(context), RunCommand.Examples);

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples, root);
        return root;
    }

    private static void Add(RootCommand root, Dictionary<Command, string> examples, Command command, string text)
    {
        root.Subcommands.Add(command);
        examples[command] = text;
    }

    /// <summary>The standard help followed by the command's examples (and the exit codes).</summary>
    private sealed class ExamplesHelpAction(HelpAction inner, IReadOnlyDictionary<Command, string> examples, RootCommand root) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            if (examples.TryGetValue(command, out string? text))
            {
                output.WriteLine("Examples:");
                output.WriteLine(text.TrimEnd());
                output.WriteLine();
            }

            output.WriteLine(ExitCodeHelp.TrimEnd());
            if (command == root)
            {
                output.WriteLine();
                output.WriteLine("Documentation: docs/cli.md");
            }

            return ExitCodes.Success;
        }
    }
}
