using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Optimizer.Cli.Io;

/// <summary>
/// Reads and writes optimizer.v1 messages as proto JSON: the format <c>buf curl -d @file</c> sends (lowerCamelCase
/// or snake_case field names, enum names, durations as "2s"). A <c>.yaml</c>/<c>.yml</c> file is converted to
/// JSON first. Unknown fields are errors, so a misspelt field does not silently fall back to its default.
/// </summary>
internal static class ProtoFiles
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    /// <summary>Formatter used for every JSON output: default values included, two-space indentation.</summary>
    public static JsonFormatter Formatter { get; } = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true).WithIndentation("  "));

    /// <summary>Reads a message of type <typeparamref name="T"/> from a JSON or YAML file.</summary>
    /// <exception cref="CliException">The file is missing or not a valid <typeparamref name="T"/> (exit code 2).</exception>
    public static T Read<T>(string path)
        where T : IMessage<T>, new()
    {
        string json = ReadAsJson(path);
        try
        {
            return Parser.Parse<T>(json);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            throw CliException.Invalid($"{path}: not a valid {Name<T>()}: {e.Message}", e);
        }
    }

    /// <summary>The file's text as JSON (YAML converted).</summary>
    /// <exception cref="CliException">The file is missing or not valid YAML.</exception>
    public static string ReadAsJson(string path)
    {
        if (!File.Exists(path))
        {
            throw CliException.Invalid($"{path}: file not found");
        }

        string text = File.ReadAllText(path);
        if (!IsYaml(path))
        {
            return text;
        }

        try
        {
            return YamlToJson.Convert(text)?.ToJsonString() ?? "{}";
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw CliException.Invalid($"{path}: invalid YAML at line {e.Start.Line}: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw CliException.Invalid($"{path}: invalid YAML: {e.Message}", e);
        }
    }

    /// <summary>Whether the path names a YAML file (.yaml or .yml).</summary>
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message as indented proto JSON.</summary>
    public static string Format(IMessage message) => Formatter.Format(message);

    private static string Name<T>()
        where T : IMessage<T>, new() => new T().Descriptor is MessageDescriptor d ? d.FullName : typeof(T).Name;
}
