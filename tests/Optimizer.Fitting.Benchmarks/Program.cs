using BenchmarkDotNet.Running;
using Optimizer.Fitting.Benchmarks;

// "figures" prints the accuracy figures recorded in docs/fitting.md; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "meridian")
{
    Figures.Meridian(Console.Out);
}
else if (args.Length > 0 && args[0] == "oracle")
{
    // oracle [stress|campaign|planned|flighted] [noise]
    OracleTable.Print(
        Console.Out,
        20,
        ProfileArgument(1),
        NoiseArgument(2));
}
else if (args.Length > 0 && args[0] == "oracle-se")
{
    // oracle-se [stress|campaign|planned|flighted] [noise]: design information on calibration seeds 101–200
    OracleTable.PrintStandardErrors(
        Console.Out,
        100,
        ProfileArgument(1),
        NoiseArgument(2));
}
else if (args.Length > 0 && args[0] == "seeds")
{
    // seeds count [draws] [shape prior sd] [stress|campaign|planned|flighted] [first seed]; env PROFILE=1 for profile-likelihood intervals
    SeedTable.Print(Console.Out, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), new Optimizer.Fitting.MarketingMix.MarketingMixOptions { NormalizeAdstock = false, Starts = Environment.GetEnvironmentVariable("STARTS") is { } starts ? int.Parse(starts, System.Globalization.CultureInfo.InvariantCulture) : 6, RidgePenalty = Environment.GetEnvironmentVariable("RIDGE") is { } ridge ? double.Parse(ridge, System.Globalization.CultureInfo.InvariantCulture) : 1e-3, EffectPenalty = Environment.GetEnvironmentVariable("EFFECT") is { } effect ? double.Parse(effect, System.Globalization.CultureInfo.InvariantCulture) : 1e-5, RoasIntervals = Environment.GetEnvironmentVariable("PROFILE") == "1" ? Optimizer.Fitting.MarketingMix.RoasIntervalMethod.ProfileLikelihood : Optimizer.Fitting.MarketingMix.RoasIntervalMethod.Bootstrap, BootstrapDraws = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0, ShapePriorSd = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0 }, ProfileArgument(4), args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 1);
}
else if (args.Length > 0 && args[0] == "figures")
{
    // figures [seeds] [shape prior sd] [bootstrap starts] [only] [stress|campaign|planned|flighted] [noise]; env DRAWS overrides the 200 draws
    var synthetic = new Optimizer.Fitting.MarketingMix.MarketingMixOptions
    {
        NormalizeAdstock = false,
        BootstrapDraws = Environment.GetEnvironmentVariable("DRAWS") is { } draws ? int.Parse(draws, System.Globalization.CultureInfo.InvariantCulture) : 200,
        ShapePriorSd = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0,
        RoasIntervals = Environment.GetEnvironmentVariable("PROFILE") == "1" ? Optimizer.Fitting.MarketingMix.RoasIntervalMethod.ProfileLikelihood : Optimizer.Fitting.MarketingMix.RoasIntervalMethod.Bootstrap,
        BootstrapStarts = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1,
    };
    Figures.Print(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, synthetic, args.Length > 4 && args[4] == "only",
        ProfileArgument(5),
        args.Length > 6 ? double.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : 0.05);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(FittingBenchmarks).Assembly).Run(args);
}

// Command-line helpers: a spend profile ("campaign", "planned", "flighted", else stress) and a noise level (default 5 %) at an argument position.
Optimizer.Fitting.Tests.MarketingMix.SpendProfile ProfileArgument(int at) => (args.Length > at ? args[at] : string.Empty) switch
{
    "campaign" => Optimizer.Fitting.Tests.MarketingMix.SpendProfile.Campaign,
    "planned" => Optimizer.Fitting.Tests.MarketingMix.SpendProfile.Planned,
    "flighted" => Optimizer.Fitting.Tests.MarketingMix.SpendProfile.Flighted,
    _ => Optimizer.Fitting.Tests.MarketingMix.SpendProfile.Stress,
};

double NoiseArgument(int at) => args.Length > at ? double.Parse(args[at], System.Globalization.CultureInfo.InvariantCulture) : 0.05;
