namespace Optimizer.LoadTest;

/// <summary>
/// One load run: target, scenario, offered rate (requests per second), duration, server process to watch, and a
/// warm-up at the same rate whose calls are not counted (a fresh process recompiles its hot code in its first
/// seconds under load).
/// </summary>
public sealed record LoadOptions(Uri Address, string Scenario, int Rate, TimeSpan Duration, int? ServerPid, TimeSpan Warmup = default);
