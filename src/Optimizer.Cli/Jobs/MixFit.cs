using Optimizer.Fitting.MarketingMix;

namespace Optimizer.Cli.Jobs;

/// <summary>A fitted marketing-mix model with the data it was fitted to.</summary>
/// <param name="DataPath">The CSV file.</param>
/// <param name="Data">The validated time series.</param>
/// <param name="Result">The fit.</param>
internal sealed record MixFit(string DataPath, MarketingMixData Data, MarketingMixResult Result);
