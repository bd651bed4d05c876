using Optimizer.LoadTest;

// Usage: dotnet run --project tests/Optimizer.LoadTest -c Release -- <grpc-address> <scenario> <rate/s> <seconds> [server-pid]
// scenario: allocate (20-channel S-curve AllocateBudget) or health (grpc.health.v1 Check, the floor).
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: <grpc-address> <allocate|health> <rate per second> <seconds> [server pid]");
    return 2;
}

var options = new LoadOptions(
    new Uri(args[0]),
    args[1],
    int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
    TimeSpan.FromSeconds(int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : null);
var report = await LoadRunner.RunAsync(options);
Console.WriteLine(report.Format());
return 0;
