using System.Xml.Linq;
using Optimizer.Allocation;
using Optimizer.Numerics.Curves;
using Optimizer.Service.Tests.TestSupport;

namespace Optimizer.Service.Tests;

/// <summary>
/// Style rule 1: dependencies point inward. Numerics uses only the BCL; Allocation and Fitting use no
/// ASP.NET Core, gRPC or OpenTelemetry; the contract mapping shared with the command-line tool uses no ASP.NET
/// Core or OpenTelemetry; nothing but test projects (this one, and the CLI's for its in-process server) references
/// the Service.
/// Checked on the built assemblies where this project loads them, and on every project file.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] HostOnlyPrefixes = ["Microsoft.AspNetCore", "Grpc", "OpenTelemetry", "Optimizer.Service", "Optimizer.Contracts"];

    [Fact]
    public void Numerics_Assembly_ReferencesOnlyTheBcl()
    {
        var references = typeof(IResponseCurve).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.All(references, name => Assert.True(name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", $"Optimizer.Numerics references {name}"));
    }

    [Fact]
    public void Allocation_Assembly_ReferencesNoHostPackages()
    {
        var references = typeof(IBudgetAllocator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(references, name => HostOnlyPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
        Assert.DoesNotContain("Optimizer.Fitting", references);
    }

    [Theory]
    [InlineData("src/Optimizer.Numerics/Optimizer.Numerics.csproj")]
    [InlineData("src/Optimizer.Allocation/Optimizer.Allocation.csproj")]
    [InlineData("src/Optimizer.Fitting/Optimizer.Fitting.csproj")]
    public void CoreProject_PackagesAndProjects_AreNotHostOnes(string project)
    {
        var (packages, projects) = References(project);

        Assert.DoesNotContain(packages, name => HostOnlyPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
        Assert.DoesNotContain(projects, name => HostOnlyPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
        if (project.Contains("Numerics", StringComparison.Ordinal))
        {
            Assert.Empty(packages);
            Assert.Empty(projects);
        }
        else
        {
            Assert.Equal(["Optimizer.Numerics"], projects);
        }
    }

    [Fact]
    public void ContractsMapping_Project_ReferencesNoHostPackages()
    {
        var (packages, projects) = References("src/Optimizer.Contracts.Mapping/Optimizer.Contracts.Mapping.csproj");

        Assert.DoesNotContain(packages, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("OpenTelemetry", StringComparison.Ordinal) || name.StartsWith("Grpc.AspNetCore", StringComparison.Ordinal));
        Assert.Equal(["Optimizer.Allocation", "Optimizer.Contracts", "Optimizer.Fitting"], projects.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Service_IsReferencedOnlyByTests()
    {
        string[] generated = ["bin", "obj"];
        var referencing = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.Combine(folder), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !Path.GetRelativePath(RepositoryPaths.Root, p).Split(Path.DirectorySeparatorChar).Intersect(generated).Any())
            .Where(p => References(Path.GetRelativePath(RepositoryPaths.Root, p)).Projects.Contains("Optimizer.Service"))
            .Select(p => Path.GetFileNameWithoutExtension(p)!)
            .ToArray();

        Assert.All(referencing, name => Assert.EndsWith(".Tests", name, StringComparison.Ordinal));
        Assert.Contains("Optimizer.Service.Tests", referencing);
    }

    private static (string[] Packages, string[] Projects) References(string project)
    {
        var xml = XDocument.Load(RepositoryPaths.Combine(project));
        string[] packages = xml.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!).ToArray();
        string[] projects = xml.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!)).ToArray();
        return (packages, projects);
    }
}
