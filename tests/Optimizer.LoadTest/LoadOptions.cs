namespace Optimizer.LoadTest;

/// <summary>One load run: target, scenario, offered rate (requests per second), duration, server process to watch.</summary>
public sealed record LoadOptions(Uri Address, string Scenario, int Rate, TimeSpan Duration, int? ServerPid);
