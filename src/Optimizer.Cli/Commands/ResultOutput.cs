using Optimizer.Cli.Io;

namespace Optimizer.Cli.Commands;

/// <summary>
/// Where a result goes: to --out (format from its extension) and/or stdout (--format; default table on a
/// terminal, JSON otherwise). With --out and no --format, stdout gets the table on a terminal and nothing otherwise.
/// </summary>
internal static class ResultOutput
{
    /// <summary>Writes the result.</summary>
    /// <param name="scope">The command's scope.</param>
    /// <param name="outPath">--out, or null.</param>
    /// <param name="format">--format, or null.</param>
    /// <param name="write">Writes the result in a format to a writer.</param>
    public static void Emit(CommandScope scope, string? outPath, OutputFormat? format, Action<OutputFormat, TextWriter> write)
    {
        var stdout = scope.Context.Out;
        if (outPath is null)
        {
            write(format ?? (scope.Human ? OutputFormat.Table : OutputFormat.Json), stdout);
            return;
        }

        var fileFormat = ResultWriter.FormatOf(outPath);
        string? directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using (var file = new StreamWriter(outPath))
        {
            write(fileFormat, file);
        }

        if (format is { } explicitFormat)
        {
            write(explicitFormat, stdout);
        }
        else if (scope.Human)
        {
            write(OutputFormat.Table, stdout);
            stdout.WriteLine($"wrote {outPath}");
        }
    }
}
