using Optimizer.Service.Tests.TestSupport;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Optimizer.Service.Tests.Deploy;

/// <summary>Reads the YAML files under deploy/ as plain trees (maps, lists, scalars) and walks them by path.</summary>
internal static class Manifests
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();

    /// <summary>Every .yaml file under deploy/, relative to the repository root.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(RepositoryPaths.Combine("deploy"), "*.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The documents of one file (separated by "---").</summary>
    public static IReadOnlyList<Dictionary<object, object?>> Load(string relativePath)
    {
        using var reader = new StringReader(File.ReadAllText(RepositoryPaths.Combine(relativePath)));
        var parser = new Parser(reader);
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<object, object?>>();
        while (parser.Accept<DocumentStart>(out _))
        {
            documents.Add(Reader.Deserialize<Dictionary<object, object?>>(parser));
        }

        return documents;
    }

    /// <summary>The single Kubernetes object of kind <paramref name="kind"/> among deploy/k8s/*.yaml.</summary>
    public static Dictionary<object, object?> Kind(string kind) =>
        Assert.Single(All().Where(p => p.StartsWith("deploy/k8s/", StringComparison.Ordinal)).SelectMany(Load), d => Str(d, "kind") == kind);

    /// <summary>The node at a dotted path ("spec.template.spec"); list items by index ("containers.0").</summary>
    public static object? At(object? node, string path)
    {
        foreach (string part in path.Split('.'))
        {
            node = node switch
            {
                Dictionary<object, object?> map => map.GetValueOrDefault(part),
                List<object?> list when int.TryParse(part, out int i) && i < list.Count => list[i],
                _ => null,
            };
        }

        return node;
    }

    public static string? Str(object? node, string path) => At(node, path) as string;

    public static Dictionary<object, object?> Map(object? node, string path) =>
        At(node, path) as Dictionary<object, object?> ?? throw new Xunit.Sdk.XunitException($"no map at {path}");

    public static List<object?> List(object? node, string path) =>
        At(node, path) as List<object?> ?? throw new Xunit.Sdk.XunitException($"no list at {path}");
}
