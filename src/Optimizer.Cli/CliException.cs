namespace Optimizer.Cli;

/// <summary>An error the tool detected itself, with the exit code it maps to (usually <see cref="ExitCodes.InvalidInput"/>).</summary>
/// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
/// <param name="message">What is wrong and how to fix it.</param>
/// <param name="inner">The underlying exception, if any.</param>
internal sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The exit code.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>An invalid-input error.</summary>
    public static CliException Invalid(string message, Exception? inner = null) => new(ExitCodes.InvalidInput, message, inner);
}
