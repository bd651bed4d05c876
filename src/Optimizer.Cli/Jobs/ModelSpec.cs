namespace Optimizer.Cli.Jobs;

/// <summary>Marketing-mix model settings; each unset one keeps the fitter's default.</summary>
internal sealed class ModelSpec
{
    /// <summary>"geometric" or "weibull".</summary>
    public string? Adstock { get; init; }

    /// <summary>"hill" or "logistic".</summary>
    public string? Saturation { get; init; }

    /// <summary>Adstock window, periods.</summary>
    public int? MaxLag { get; init; }

    /// <summary>Normalised adstock weights.</summary>
    public bool? NormalizeAdstock { get; init; }

    /// <summary>Polynomial trend degree.</summary>
    public int? TrendDegree { get; init; }

    /// <summary>Fourier order of the yearly seasonality.</summary>
    public int? FourierOrder { get; init; }

    /// <summary>Seasonal period, days.</summary>
    public double? SeasonalPeriodDays { get; init; }

    /// <summary>Share of the last periods held out for validation.</summary>
    public double? HoldoutFraction { get; init; }

    /// <summary>Search starts.</summary>
    public int? Starts { get; init; }

    /// <summary>Levenberg–Marquardt iterations per start.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>Bootstrap draws for uncertainty (0: none).</summary>
    public int? BootstrapDraws { get; init; }

    /// <summary>ROAS interval method: bootstrap (default) or profile_likelihood.</summary>
    public string? RoasIntervals { get; init; }

    /// <summary>Drop channels with no spend instead of failing.</summary>
    public bool? DropZeroSpendChannels { get; init; }

    /// <summary>Random seed.</summary>
    public int? Seed { get; init; }
}
