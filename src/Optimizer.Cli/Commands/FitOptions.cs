using System.CommandLine;
using Optimizer.Cli.Jobs;

namespace Optimizer.Cli.Commands;

/// <summary>The data, spec and column-role options of <c>fit</c> and <c>run</c>.</summary>
internal sealed class FitOptions
{
    /// <summary>--data.</summary>
    public Option<string> Data { get; } = CommonOptions.File("--data", "Wide CSV, one row per period: a date column, the outcome, one spend column per channel, optional controls.");

    /// <summary>--spec.</summary>
    public Option<string?> Spec { get; } = new("--spec") { Description = "Spec file (YAML or JSON): columns (date, outcome, channels, controls), model settings and, for run, the allocation." };

    /// <summary>--date.</summary>
    public Option<string?> Date { get; } = new("--date") { Description = "Date column (overrides columns.date)." };

    /// <summary>--outcome.</summary>
    public Option<string?> Outcome { get; } = new("--outcome") { Description = "Outcome column (overrides columns.outcome)." };

    /// <summary>--channel.</summary>
    public Option<string[]> Channels { get; } = new("--channel") { Description = "Spend column of a channel; repeat for each (overrides columns.channels).", AllowMultipleArgumentsPerToken = false };

    /// <summary>--control.</summary>
    public Option<string[]> Controls { get; } = new("--control") { Description = "Control column; repeat for each (overrides columns.controls)." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Data, Spec, Date, Outcome, Channels, Controls })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The spec file (an empty spec when --spec is absent).</summary>
    public JobSpec ReadSpec(ParseResult parse) => parse.GetValue(Spec) is { } path ? JobSpec.Read(path) : new JobSpec();

    /// <summary>The column roles given as options.</summary>
    public ColumnOverrides Overrides(ParseResult parse) =>
        new(parse.GetValue(Date), parse.GetValue(Outcome), parse.GetValue(Channels) ?? [], parse.GetValue(Controls) ?? []);
}
