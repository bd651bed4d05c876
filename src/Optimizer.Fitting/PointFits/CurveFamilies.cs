namespace Optimizer.Fitting.PointFits;

/// <summary>API names of <see cref="CurveFamily"/> values (the same strings as <c>IResponseCurve.Family</c>).</summary>
public static class CurveFamilies
{
    /// <summary>Every family, in declaration order.</summary>
    public static IReadOnlyList<CurveFamily> All { get; } = Enum.GetValues<CurveFamily>();

    /// <summary>The snake-case API name, e.g. <c>"michaelis_menten"</c>.</summary>
    /// <param name="family">The family.</param>
    public static string Name(CurveFamily family) => family switch
    {
        CurveFamily.Hill => "hill",
        CurveFamily.Logistic => "logistic",
        CurveFamily.Exponential => "exponential",
        CurveFamily.MichaelisMenten => "michaelis_menten",
        CurveFamily.Weibull => "weibull",
        CurveFamily.Power => "power",
        CurveFamily.Logarithmic => "logarithmic",
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    /// <summary>Parses an API name.</summary>
    /// <param name="name">A name returned by <see cref="Name"/>.</param>
    /// <exception cref="FittingInputException">Unknown name.</exception>
    public static CurveFamily Parse(string name) =>
        All.FirstOrDefault(f => Name(f) == name, (CurveFamily)(-1)) is var f && f >= 0
            ? f
            : throw new FittingInputException(new InputViolation("family", null, InputRules.Option, $"unknown curve family '{name}'."));
}
