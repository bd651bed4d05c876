using BenchmarkDotNet.Running;
using Optimizer.Fitting.Benchmarks;

// "figures" prints the accuracy figures recorded in docs/fitting.md; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "figures")
{
    Figures.Print(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(FittingBenchmarks).Assembly).Run(args);
}
