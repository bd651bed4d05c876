using Optimizer.Numerics.Curves;
using Optimizer.Contracts.Mapping.Validation;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping;

/// <summary>Maps a proto <see cref="V1.ResponseCurve"/> to the curve family of Optimizer.Numerics.</summary>
public static class CurveMapping
{
    /// <summary>
    /// Builds the curve; a parameter the family rejects is recorded as a violation of
    /// <c>{path}.{family}.{parameter}</c> (for example <c>channels[2].curve.hill.half_saturation</c>) and null is returned.
    /// </summary>
    /// <param name="curve">The proto curve; its family must be set (checked by the validator).</param>
    /// <param name="path">Path of the curve field, e.g. "channels[2].curve".</param>
    /// <param name="violations">Where a rejected parameter is recorded.</param>
    public static IResponseCurve? ToCurve(V1.ResponseCurve curve, string path, ViolationList violations)
    {
        string family = FamilyName(curve.FamilyCase);
        try
        {
            return Create(curve);
        }
        catch (CurveArgumentException e)
        {
            violations.Add($"{path}.{family}.{e.ParamName}", CurveErrors.Rule(e));
            return null;
        }
    }

    /// <summary>
    /// The contract message of a curve of Optimizer.Numerics (for fitted curves): the inverse of
    /// <see cref="ToCurve"/>, so that <c>ToCurve(ToProto(c))</c> evaluates as <c>c</c>.
    /// </summary>
    /// <param name="curve">A curve of one of the contract's families.</param>
    /// <exception cref="ArgumentException">The curve's type has no contract family.</exception>
    public static V1.ResponseCurve ToProto(IResponseCurve curve) => curve switch
    {
        HillCurve c => new() { Hill = new() { MaxResponse = c.MaxResponse, HalfSaturation = c.HalfSaturation, Slope = c.Slope } },
        ExponentialCurve c => new() { Exponential = new() { MaxResponse = c.MaxResponse, Scale = c.Scale } },
        LogarithmicCurve c => new() { Logarithmic = new() { Coefficient = c.Coefficient, Offset = c.Offset } },
        PowerCurve c => new() { Power = new() { Coefficient = c.Coefficient, Exponent = c.Exponent } },
        MichaelisMentenCurve c => new() { MichaelisMenten = new() { MaxResponse = c.MaxResponse, HalfSaturation = c.HalfSaturation } },
        LogisticCurve c => new() { Logistic = new() { MaxResponse = c.MaxResponse, Steepness = c.Steepness, Midpoint = c.Midpoint } },
        WeibullCurve c => new() { Weibull = new() { MaxResponse = c.MaxResponse, Scale = c.Scale, Shape = c.ShapeParameter } },
        PiecewiseLinearCurve c => new()
        {
            PiecewiseLinear = new() { Points = { c.Spends.Zip(c.Responses, (x, y) => new V1.CurvePoint { Spend = x, Response = y }) } },
        },
        _ => throw new ArgumentException($"Curve type {curve.GetType().Name} has no optimizer.v1 family.", nameof(curve)),
    };

    private static IResponseCurve Create(V1.ResponseCurve curve) => curve.FamilyCase switch
    {
        V1.ResponseCurve.FamilyOneofCase.Hill => new HillCurve(curve.Hill.MaxResponse, curve.Hill.HalfSaturation, curve.Hill.Slope),
        V1.ResponseCurve.FamilyOneofCase.Exponential => new ExponentialCurve(curve.Exponential.MaxResponse, curve.Exponential.Scale),
        V1.ResponseCurve.FamilyOneofCase.Logarithmic => new LogarithmicCurve(curve.Logarithmic.Coefficient, curve.Logarithmic.Offset),
        V1.ResponseCurve.FamilyOneofCase.Power => new PowerCurve(curve.Power.Coefficient, curve.Power.Exponent),
        V1.ResponseCurve.FamilyOneofCase.MichaelisMenten => new MichaelisMentenCurve(curve.MichaelisMenten.MaxResponse, curve.MichaelisMenten.HalfSaturation),
        V1.ResponseCurve.FamilyOneofCase.Logistic => new LogisticCurve(curve.Logistic.MaxResponse, curve.Logistic.Steepness, curve.Logistic.Midpoint),
        V1.ResponseCurve.FamilyOneofCase.Weibull => new WeibullCurve(curve.Weibull.MaxResponse, curve.Weibull.Scale, curve.Weibull.Shape),
        V1.ResponseCurve.FamilyOneofCase.PiecewiseLinear => new PiecewiseLinearCurve(
            curve.PiecewiseLinear.Points.Select(p => p.Spend).ToArray(),
            curve.PiecewiseLinear.Points.Select(p => p.Response).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(curve), curve.FamilyCase, "The curve family is not set."),
    };

    private static string FamilyName(V1.ResponseCurve.FamilyOneofCase family) => family switch
    {
        V1.ResponseCurve.FamilyOneofCase.Hill => "hill",
        V1.ResponseCurve.FamilyOneofCase.Exponential => "exponential",
        V1.ResponseCurve.FamilyOneofCase.Logarithmic => "logarithmic",
        V1.ResponseCurve.FamilyOneofCase.Power => "power",
        V1.ResponseCurve.FamilyOneofCase.MichaelisMenten => "michaelis_menten",
        V1.ResponseCurve.FamilyOneofCase.Logistic => "logistic",
        V1.ResponseCurve.FamilyOneofCase.Weibull => "weibull",
        V1.ResponseCurve.FamilyOneofCase.PiecewiseLinear => "piecewise_linear",
        _ => "unset",
    };
}
