using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Relaxation;

/// <summary>Builds the envelope piece that fits a curve family.</summary>
internal static class PieceFactory
{
    /// <summary>A piece on {lower} ∪ [activeFrom, upper] (activeFrom = lower for an interval).</summary>
    public static ChannelPiece Create(IResponseCurve curve, double value, double lower, double activeFrom, double upper) =>
        curve is PiecewiseLinearCurve table
            ? new HullPiece(table, value, lower, activeFrom, upper)
            : new SmoothPiece(curve, value, lower, activeFrom, upper);
}
