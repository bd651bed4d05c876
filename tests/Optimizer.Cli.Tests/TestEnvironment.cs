using System.Runtime.CompilerServices;

namespace Optimizer.Cli.Tests;

/// <summary>Settings every server of this test assembly gets (in-process hosts and the real processes it starts).</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// Turns the CPU-backlog admission check off: the functional tests run many servers and test classes at once on 2
    /// cores, and the check would rightly refuse some of their calls. It has its own tests
    /// (Optimizer.Service.Tests, SolveAdmissionTests), which set the limit explicitly.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("Optimizer__Limits__MaxPendingWorkItems", "0");
}
