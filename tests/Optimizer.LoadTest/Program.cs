using Optimizer.LoadTest;

// Usage: Optimizer.LoadTest frame <path>   (the S-curve request framed for h2load)
//        dotnet run --project tests/Optimizer.LoadTest -c Release -- <grpc-address> <scenario> <rate/s> <seconds> [server-pid]
// scenario: allocate (20-channel S-curve AllocateBudget) or health (grpc.health.v1 Check, the floor).
if (args is ["frame", var path])
{
    // Writes the 20-channel S-curve request as a gRPC frame (flag 0, big-endian length, message) for h2load -d.
    byte[] message = Google.Protobuf.MessageExtensions.ToByteArray(LoadRunner.SCurveRequest());
    byte[] frame = [0, (byte)(message.Length >> 24), (byte)(message.Length >> 16), (byte)(message.Length >> 8), (byte)message.Length, .. message];
    await File.WriteAllBytesAsync(path, frame);
    return 0;
}

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
