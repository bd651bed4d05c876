using System.Globalization;

namespace Optimizer.Numerics.Curves;

/// <summary>Parameter checks shared by the curve constructors.</summary>
internal static class CurveGuard
{
    public static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new CurveArgumentException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number > 0 (got {value})."));
        }
    }

    public static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new CurveArgumentException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number >= 0 (got {value})."));
        }
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new CurveArgumentException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be finite (got {value})."));
        }
    }
}
