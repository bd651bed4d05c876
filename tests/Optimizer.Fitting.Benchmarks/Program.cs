using BenchmarkDotNet.Running;
using Optimizer.Fitting.Benchmarks;

// "figures" prints the accuracy figures recorded in docs/fitting.md; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "meridian")
{
    Figures.Meridian(Console.Out);
}
else if (args.Length > 0 && args[0] == "oracle")
{
    OracleTable.Print(Console.Out, 20);
}
else if (args.Length > 0 && args[0] == "seeds")
{
    SeedTable.Print(Console.Out, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), new Optimizer.Fitting.MarketingMix.MarketingMixOptions { NormalizeAdstock = false, BootstrapDraws = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0, ShapePriorSd = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0 });
}
else if (args.Length > 0 && args[0] == "figures")
{
    // figures [seeds] [shape prior sd] [bootstrap starts] [only]
    var synthetic = new Optimizer.Fitting.MarketingMix.MarketingMixOptions
    {
        NormalizeAdstock = false,
        BootstrapDraws = 200,
        ShapePriorSd = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0,
        BootstrapStarts = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1,
    };
    Figures.Print(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, synthetic, args.Length > 4 && args[4] == "only");
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(FittingBenchmarks).Assembly).Run(args);
}
