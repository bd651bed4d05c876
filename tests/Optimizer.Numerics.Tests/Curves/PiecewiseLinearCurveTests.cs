using Optimizer.Numerics.Curves;

namespace Optimizer.Numerics.Tests.Curves;

public class PiecewiseLinearCurveTests
{
    // Concave: (0,0) (1,10) (3,20) (7,24), slopes 10, 5, 1, then flat.
    private static readonly PiecewiseLinearCurve ConcaveTable = new([0, 1, 3, 7], [0, 10, 20, 24]);

    // S-curve: slopes 1, 3, 2, 1 on [0,1], [1,2], [2,3], [3,4]; steepest segment starts at 1.
    private static readonly PiecewiseLinearCurve SCurveTable = new([0, 1, 2, 3, 4], [0, 1, 4, 6, 7]);

    // General: slopes 3, 1, 2, 0 (rise and fall twice); concave from spend 2 on.
    private static readonly PiecewiseLinearCurve GeneralTable = new([0, 1, 2, 3, 4], [0, 3, 4, 6, 6]);

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 5.0)]
    [InlineData(1.0, 10.0)]
    [InlineData(2.0, 15.0)]
    [InlineData(5.0, 22.0)]
    [InlineData(7.0, 24.0)]
    [InlineData(100.0, 24.0)]
    [InlineData(1e15, 24.0)]
    public void Value_ConcaveTable_InterpolatesAndIsFlatBeyond(double spend, double expected)
    {
        Assert.Equal(expected, ConcaveTable.Value(spend), 12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 4.0)]
    [InlineData(2.0, 8.0)]
    [InlineData(3.0, 9.0)]
    [InlineData(4.0, 10.0)]
    [InlineData(9.0, 10.0)]
    public void Value_FirstPointAboveZero_InterpolatesFromOrigin(double spend, double expected)
    {
        var curve = new PiecewiseLinearCurve([2, 4], [8, 10]);

        Assert.Equal(expected, curve.Value(spend), 12);
        Assert.Equal([0.0, 2, 4], curve.Spends);
        Assert.Equal([0.0, 8, 10], curve.Responses);
    }

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(0.5, 10.0)]
    [InlineData(1.0, 5.0)]
    [InlineData(2.9, 5.0)]
    [InlineData(3.0, 1.0)]
    [InlineData(7.0, 0.0)]
    [InlineData(1e12, 0.0)]
    public void Marginal_ConcaveTable_IsRightSlope(double spend, double expected)
    {
        Assert.Equal(expected, ConcaveTable.Marginal(spend), 12);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(20)]
    public void Marginal_InsideSegments_MatchesFiniteDifference(double spend)
    {
        CurveAssert.MarginalMatchesFiniteDifference(ConcaveTable, spend);
        Assert.Equal(0.0, ConcaveTable.SecondDerivative(spend));
    }

    [Theory]
    [InlineData(20.0, 0.0)]
    [InlineData(10.0, 0.0)]
    [InlineData(7.0, 1.0)]
    [InlineData(5.0, 1.0)]
    [InlineData(3.0, 3.0)]
    [InlineData(1.0, 3.0)]
    [InlineData(0.5, 7.0)]
    public void InverseMarginal_ConcaveTable_ReturnsKinkWhereSlopeDropsToMarginal(double marginal, double expected)
    {
        // The smallest spend from which no segment has a slope above the marginal.
        Assert.Equal(expected, ConcaveTable.InverseMarginal(marginal));
        Assert.Equal(expected, ((IResponseCurve)ConcaveTable).InverseMarginal(marginal, 2.0));
    }

    [Theory]
    [InlineData(5.0, 1.0)]
    [InlineData(3.0, 1.0)]
    [InlineData(2.5, 2.0)]
    [InlineData(1.5, 3.0)]
    [InlineData(0.5, 4.0)]
    public void InverseMarginal_SCurveTable_SearchesFromInflection(double marginal, double expected)
    {
        Assert.Equal(expected, SCurveTable.InverseMarginal(marginal));
    }

    [Fact]
    public void Shape_NonIncreasingSlopes_IsConcave()
    {
        Assert.Equal(CurveShape.Concave, ConcaveTable.Shape);
        Assert.Equal(0.0, ConcaveTable.InflectionSpend);
        Assert.Equal(24.0, ConcaveTable.MaxResponse);
    }

    [Fact]
    public void Shape_SlopesRiseThenFall_IsSigmoidalWithInflectionAtSteepestSegment()
    {
        Assert.Equal(CurveShape.Sigmoidal, SCurveTable.Shape);
        Assert.Equal(1.0, SCurveTable.InflectionSpend);
    }

    [Fact]
    public void Shape_SlopesRiseTwice_IsGeneralWithConcaveTailStart()
    {
        Assert.Equal(CurveShape.General, GeneralTable.Shape);
        Assert.Equal(2.0, GeneralTable.InflectionSpend);
    }

    [Fact]
    public void Shape_FlatStartThenRise_IsSigmoidal()
    {
        var curve = new PiecewiseLinearCurve([0, 1, 2], [0, 0, 5]);

        Assert.Equal(CurveShape.Sigmoidal, curve.Shape);
        Assert.Equal(1.0, curve.InflectionSpend);
    }

    [Fact]
    public void Value_ExtremeSpends_FiniteAndMonotone()
    {
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(ConcaveTable, infiniteMarginalAtZero: false);
        CurveAssert.FiniteAndMonotoneAtExtremeSpends(new PiecewiseLinearCurve([1e-9, 1e12], [1e-12, 1e15]), infiniteMarginalAtZero: false);
    }

    [Theory]
    [InlineData(new[] { 0.0, 2, 2 }, new[] { 0.0, 1, 2 }, "points[2].spend")]
    [InlineData(new[] { 0.0, 3, 2 }, new[] { 0.0, 1, 2 }, "points[2].spend")]
    [InlineData(new[] { 0.0, 1, 2 }, new[] { 0.0, 2, 1 }, "points[2].response")]
    [InlineData(new[] { 0.0, 1 }, new[] { 5.0, 6 }, "points[0].response")]
    [InlineData(new[] { -1.0, 1 }, new[] { 0.0, 6 }, "points[0].spend")]
    [InlineData(new[] { 1.0, 2 }, new[] { -1.0, 6 }, "points[0].response")]
    [InlineData(new[] { 1.0, double.NaN }, new[] { 1.0, 6 }, "points[1].spend")]
    [InlineData(new[] { 1.0, double.PositiveInfinity }, new[] { 1.0, 6 }, "points[1].spend")]
    [InlineData(new[] { 1.0, 2 }, new[] { 1.0, double.NaN }, "points[1].response")]
    [InlineData(new[] { 1.0, 2 }, new[] { 1.0, double.PositiveInfinity }, "points[1].response")]
    [InlineData(new double[0], new double[0], "points")]
    [InlineData(new[] { 1.0, 2 }, new[] { 1.0 }, "points")]
    public void Constructor_BrokenRule_ThrowsNamingPoint(double[] spends, double[] responses, string parameter)
    {
        CurveAssert.RejectsParameter(() => new PiecewiseLinearCurve(spends, responses), parameter);
    }
}
