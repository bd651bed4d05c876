namespace Optimizer.Numerics.Curves;

/// <summary>
/// Logistic response, normalised so that f(0) = 0 and f(∞) = β:
/// f(x) = β (σ(k(x − x0)) − σ(−k x0)) / (1 − σ(−k x0)), with σ(z) = 1/(1 + e^(−z)).
/// </summary>
/// <remarks>
/// Verhulst's logistic function, the classic S-shaped advertising response (Johansson, 1979, "Advertising
/// and the S-curve", J. Marketing Research 16(3)). β = maximum response (outcome units), k = steepness
/// (1/currency), x0 = midpoint spend (currency units). With x0 &gt; 0 it is an S-curve with inflection at
/// x0; with x0 = 0 it is concave and equals β tanh(kx/2), PyMC-Marketing's <c>logistic_saturation</c>
/// with lam = k. A curve β'(σ(k(x−x0)) − σ(−k x0)) in the un-normalised form has β = β'(1 − σ(−k x0)).
/// Let c = β/(1 − σ(−k x0)) and σ = σ(k(x − x0)): f'(x) = c k σ(1 − σ); f''(x) = c k² σ(1 − σ)(1 − 2σ);
/// on the concave side (σ ≥ ½) the inverse marginal solves σ(1 − σ) = q = m/(ck) in closed form:
/// 1 − σ = 2q/(1 + √(1 − 4q)).
/// </remarks>
public sealed class LogisticCurve : IResponseCurve
{
    private readonly double _c;
    private readonly double _offset;

    /// <summary>Creates a logistic curve.</summary>
    /// <param name="maxResponse">β &gt; 0, outcome units per period.</param>
    /// <param name="steepness">k &gt; 0, per currency unit.</param>
    /// <param name="midpoint">x0 ≥ 0, currency units per period.</param>
    /// <exception cref="CurveArgumentException">A parameter is not finite or out of range.</exception>
    public LogisticCurve(double maxResponse, double steepness, double midpoint)
    {
        CurveGuard.Positive(maxResponse, "max_response");
        CurveGuard.Positive(steepness, "steepness");
        CurveGuard.NonNegative(midpoint, "midpoint");
        MaxResponse = maxResponse;
        Steepness = steepness;
        Midpoint = midpoint;
        _offset = Sigmoid(-steepness * midpoint);
        _c = maxResponse / Sigmoid(steepness * midpoint);
    }

    /// <summary>k, the steepness.</summary>
    public double Steepness { get; }

    /// <summary>x0, the midpoint (inflection) spend.</summary>
    public double Midpoint { get; }

    /// <inheritdoc />
    public string Family => "logistic";

    /// <inheritdoc />
    public CurveShape Shape => Midpoint > 0 ? CurveShape.Sigmoidal : CurveShape.Concave;

    /// <inheritdoc />
    public double InflectionSpend => Midpoint;

    /// <inheritdoc />
    public double MaxResponse { get; }

    /// <inheritdoc />
    public double Value(double spend)
    {
        if (spend <= 0)
        {
            return 0.0;
        }

        // σ(z) − σ(z0) = σ(−z0) − σ(−z), evaluated on whichever side loses fewer digits.
        double z = Steepness * (spend - Midpoint);
        double diff = z > 0 ? (1 - _offset) - Sigmoid(-z) : Sigmoid(z) - _offset;
        return Math.Min(MaxResponse, _c * Math.Max(0.0, diff));
    }

    /// <inheritdoc />
    public double Marginal(double spend)
    {
        double z = Steepness * (Math.Max(spend, 0) - Midpoint);
        return _c * Steepness * SigmoidTimesComplement(z);
    }

    /// <inheritdoc />
    public double SecondDerivative(double spend)
    {
        double z = Steepness * (Math.Max(spend, 0) - Midpoint);
        double s = Sigmoid(z);
        return _c * Steepness * Steepness * SigmoidTimesComplement(z) * (1 - 2 * s);
    }

    /// <inheritdoc />
    public double InverseMarginal(double marginal)
    {
        double q = marginal / (_c * Steepness);
        if (q >= 0.25)
        {
            return Midpoint;
        }

        double tail = 2 * q / (1 + Math.Sqrt(1 - 4 * q)); // 1 − σ on the concave side
        double z = Elementary.Log1P(-tail) - Math.Log(tail);
        return Midpoint + z / Steepness;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double SigmoidTimesComplement(double z)
    {
        double e = Math.Exp(-Math.Abs(z));
        return e / ((1 + e) * (1 + e));
    }
}
