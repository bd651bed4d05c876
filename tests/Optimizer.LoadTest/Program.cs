using Optimizer.LoadTest;

// Usage: Optimizer.LoadTest frame <path> [channels]   (the S-curve request framed for h2load; 20 channels by default)
//        dotnet run --project tests/Optimizer.LoadTest -c Release -- <grpc-address> <scenario> <rate/s> <seconds> [server-pid] [warm-up seconds]
// scenario: allocate (20-channel S-curve AllocateBudget), allocate:N (N channels) or health (grpc.health.v1 Check, the floor).
// Calls start on a fixed schedule (open loop); latency percentiles are reported per gRPC status.
if (args is ["frame", var path, ..] && args.Length <= 3)
{
    // Writes the S-curve request as a gRPC frame (flag 0, big-endian length, message) for h2load -d.
    int channels = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
    byte[] message = Google.Protobuf.MessageExtensions.ToByteArray(LoadRunner.SCurveRequest(channels));
    byte[] frame = [0, (byte)(message.Length >> 24), (byte)(message.Length >> 16), (byte)(message.Length >> 8), (byte)message.Length, .. message];
    await File.WriteAllBytesAsync(path, frame);
    return 0;
}

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: <grpc-address> <allocate|allocate:N|health> <rate per second> <seconds> [server pid] [warm-up seconds]");
    return 2;
}

var options = new LoadOptions(
    new Uri(args[0]),
    args[1],
    int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
    TimeSpan.FromSeconds(int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    args.Length > 4 && args[4] != "-" ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : null,
    TimeSpan.FromSeconds(args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 5));
var report = await LoadRunner.RunAsync(options);
Console.WriteLine(report.Format());
return 0;
