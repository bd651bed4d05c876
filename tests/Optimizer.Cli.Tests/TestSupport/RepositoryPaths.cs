namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>Paths in the repository (the folder holding Optimizer.sln, found from the test's output folder).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Optimizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Optimizer.sln not found above " + AppContext.BaseDirectory);
    }
}
