using Optimizer.Numerics.Curves;

namespace Optimizer.Contracts.Mapping;

/// <summary>Text of curve parameter errors for field violations.</summary>
public static class CurveErrors
{
    /// <summary>
    /// The rule and value a <see cref="CurveArgumentException"/> states, without the " (Parameter 'x')" suffix
    /// that <see cref="ArgumentException.Message"/> appends (the field path already names the parameter).
    /// </summary>
    public static string Rule(CurveArgumentException exception)
    {
        string message = exception.Message;
        string suffix = $" (Parameter '{exception.ParamName}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
