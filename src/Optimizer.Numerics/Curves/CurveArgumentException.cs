namespace Optimizer.Numerics.Curves;

/// <summary>
/// Thrown when a curve parameter breaks its family's rule (for example a negative half-saturation).
/// <see cref="ArgumentException.ParamName"/> names the parameter; the message states the rule and the value.
/// </summary>
public sealed class CurveArgumentException(string parameter, string message)
    : ArgumentException(message, parameter);
