using Grpc.Core;

namespace Optimizer.Service.Admission;

/// <summary>
/// The deadline a solve works to: the call's deadline less <see cref="Hosting.ServiceLimits.DeadlineSafetyMargin"/>,
/// so that the solver's time limit (derived from it) ends early enough for its best split to be mapped and sent
/// before the client's deadline. <see cref="DateTime.MaxValue"/> (no deadline) stays as it is.
/// </summary>
internal static class SolveDeadline
{
    /// <summary>The call's deadline less <paramref name="margin"/>.</summary>
    public static DateTime For(ServerCallContext context, TimeSpan margin) =>
        context.Deadline == DateTime.MaxValue || context.Deadline - DateTime.MinValue < margin ? context.Deadline : context.Deadline - margin;
}
