namespace Optimizer.Fitting.Tests;

/// <summary>Paths of the files in TestData/ (copied next to the test assembly; sources in TestData/README.md).</summary>
internal static class TestDataFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
