using Google.Protobuf;
using Google.Protobuf.Reflection;
using Optimizer.Fitting;
using Optimizer.Numerics.Curves;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>
/// Shared pieces of the fitting responses: parameters, intervals, fit quality and curves. A response never carries
/// NaN or Infinity: optional fields are left unset, intervals omitted, and the few plain doubles that can be
/// undefined (R² of a constant outcome, NRMSE of a zero range) are sent as 0.
/// </summary>
public static class FitValueMapping
{
    /// <summary>A fitted parameter; its standard error and intervals only when finite.</summary>
    /// <param name="estimate">The library's estimate.</param>
    public static V1.FittedParameter ToProto(ParameterEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var parameter = new V1.FittedParameter
        {
            Name = estimate.Name,
            Value = Finite(estimate.Value),
            Unit = estimate.Unit,
            Interval90 = ToProto(estimate.Interval90),
            Interval95 = ToProto(estimate.Interval95),
            AtBound = estimate.AtBound,
        };
        if (estimate.StandardError is double se && double.IsFinite(se))
        {
            parameter.StandardError = se;
        }

        return parameter;
    }

    /// <summary>An interval, or null when absent or not finite.</summary>
    /// <param name="interval">The library's interval.</param>
    public static V1.Interval? ToProto(Interval? interval) =>
        interval is { } i && double.IsFinite(i.Lower) && double.IsFinite(i.Upper) ? new V1.Interval { Lower = i.Lower, Upper = i.Upper } : null;

    /// <summary>Fit quality of a marketing-mix fit over a set of periods (no AIC/BIC).</summary>
    /// <param name="metrics">The library's metrics.</param>
    public static V1.FitQuality ToProto(FitMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var quality = new V1.FitQuality
        {
            ObservationCount = metrics.Count,
            RSquared = Finite(metrics.RSquared),
            Rmse = Finite(metrics.Rmse),
            Nrmse = Finite(metrics.Nrmse),
        };
        if (double.IsFinite(metrics.Mape))
        {
            quality.Mape = metrics.Mape;
        }

        return quality;
    }

    /// <summary>
    /// A fitted curve as the contract's <see cref="V1.ResponseCurve"/> (through <see cref="CurveMapping.ToProto"/>),
    /// with the draws whose parameters are all finite.
    /// </summary>
    /// <param name="curve">The fitted curve.</param>
    /// <param name="draws">Bootstrap draws of the same curve (may be empty).</param>
    /// <exception cref="InvalidOperationException">The fitted curve itself has a non-finite parameter.</exception>
    public static V1.ResponseCurve ToProto(IResponseCurve curve, IEnumerable<IResponseCurve> draws)
    {
        var proto = CurveMapping.ToProto(curve);
        if (!AllFinite(proto))
        {
            throw new InvalidOperationException("The fitted curve has a non-finite parameter.");
        }

        proto.Draws.Add(draws.Select(CurveMapping.ToProto).Where(AllFinite));
        return proto;
    }

    /// <summary><paramref name="value"/> when finite, else 0 (for plain doubles of the contract that have no unset state).</summary>
    /// <param name="value">The value.</param>
    public static double Finite(double value) => double.IsFinite(value) ? value : 0;

    /// <summary>Whether every double of <paramref name="message"/>, recursively, is finite.</summary>
    /// <param name="message">A proto message.</param>
    public static bool AllFinite(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            object value = field.Accessor.GetValue(message);
            var items = field.IsRepeated ? ((System.Collections.IEnumerable)value).Cast<object>() : [value];
            foreach (object item in items)
            {
                bool ok = item switch
                {
                    double d => double.IsFinite(d),
                    float f => float.IsFinite(f),
                    IMessage child when field.FieldType == FieldType.Message => AllFinite(child),
                    _ => true,
                };
                if (!ok)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
