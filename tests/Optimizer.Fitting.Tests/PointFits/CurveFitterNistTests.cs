using Optimizer.Fitting.PointFits;

namespace Optimizer.Fitting.Tests.PointFits;

/// <summary>
/// NIST StRD nonlinear regression, certified values (public domain):
/// Misra1a, y = b1(1 − exp(−b2·x)) = exponential family with max_response b1 and scale 1/b2
/// (https://www.itl.nist.gov/div898/strd/nls/data/misra1a.shtml); Misra1d, y = b1·b2·x/(1 + b2·x) =
/// Michaelis–Menten with max_response b1 and half_saturation 1/b2 (…/misra1d.shtml). Same 14 (x, y) points.
/// The standard error of b1 does not depend on how the other parameter is written, so it is compared directly.
/// </summary>
public class CurveFitterNistTests
{
    private static readonly double[] X = [77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0];
    private static readonly double[] Y = [10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78];

    [Theory]
    [InlineData(CurveFamily.Exponential, 2.3894212918E+02, 5.5015643181E-04, 2.7070075241E+00, 1.2455138894E-01)]
    [InlineData(CurveFamily.MichaelisMenten, 4.3736970754E+02, 3.0227324449E-04, 3.6489174345E+00, 5.6419295283E-02)]
    public void Fit_NistMisra_MatchesCertifiedValues(CurveFamily family, double b1, double b2, double seB1, double rss)
    {
        var fit = new CurveFitter().Fit(X, Y, family);

        Assert.Equal(b1, fit.Parameters[0].Value, b1 * 1e-6);
        Assert.Equal(1 / b2, fit.Parameters[1].Value, (1 / b2) * 1e-6);
        Assert.Equal(seB1, fit.Parameters[0].StandardError!.Value, seB1 * 1e-3);
        Assert.Equal(rss, fit.ResidualSumOfSquares, rss * 1e-6);
    }
}
