using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Optimizer.Cli.Io;

/// <summary>
/// Converts a YAML document to JSON (YAML 1.2 core schema for plain scalars: null, booleans, integers and
/// floats; quoted scalars stay strings), so that YAML scenario files go through the same proto JSON parser as
/// JSON ones.
/// </summary>
internal static class YamlToJson
{
    /// <summary>The first document of <paramref name="yaml"/> as a JSON node (null for an empty document).</summary>
    /// <exception cref="YamlDotNet.Core.YamlException">The text is not valid YAML.</exception>
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToNode(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", ToNode(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToNode).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new YamlDotNet.Core.YamlException(node.Start, node.End, "unsupported YAML node (aliases are not supported)"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string text = scalar.Value ?? "";
        if (scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long i) => JsonValue.Create(i),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) => JsonValue.Create(d),
            _ => JsonValue.Create(text),
        };
    }
}
