using System.Runtime.CompilerServices;

namespace Optimizer.Service.Tests;

/// <summary>Settings every server of this test assembly gets (in-process hosts and the real processes it starts).</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// Turns the CPU-backlog admission check off: the functional tests run many servers and test classes at once on 2
    /// cores, and the check would rightly refuse some of their calls. It has its own tests
    /// (<see cref="Unit.SolveAdmissionTests"/>), which set the limit explicitly.
    /// </summary>
    /// <remarks>
    /// Also raises this process's thread-pool minimum: with the default (one thread per core, 2 here) the test process
    /// itself starved after a cancelled deadline call, and its clients saw their next answer about 500 ms late (the
    /// pool's thread injection delay), which the deadline tests measure as the server's lateness.
    /// </remarks>
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("Optimizer__Limits__MaxPendingWorkItems", "0");
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(completionPorts, 16));
    }
}
