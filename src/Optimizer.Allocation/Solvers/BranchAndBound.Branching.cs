using Optimizer.Allocation.Relaxation;

namespace Optimizer.Allocation.Solvers;

/// <summary>
/// Branching rules of the branch and bound: which channel to branch on (forbidden gap, envelope gap,
/// cardinality, spend step) and the children each rule creates.
/// </summary>
internal sealed partial class BranchAndBound
{
    /// <summary>A semi-continuous channel whose spend lies strictly inside its forbidden gap (l, a), or −1.</summary>
    private int GapChannel(ChannelPiece[] pieces, double[] x)
    {
        for (int i = 0; i < pieces.Length; i++)
        {
            double a = ActiveFrom(i, pieces[i]);
            if (a > pieces[i].Lower && x[i] > pieces[i].Lower && x[i] < a)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The channel with the largest value-weighted envelope gap at x, or −1 when every gap is 0.</summary>
    private static int BranchChannel(ChannelPiece[] pieces, double[] x, out double gap)
    {
        int branch = -1;
        gap = 0;
        for (int i = 0; i < pieces.Length; i++)
        {
            double g = pieces[i].ValuePerResponse * pieces[i].Gap(x[i]);
            if (g > gap)
            {
                (gap, branch) = (g, i);
            }
        }

        return branch;
    }

    private IEnumerable<Node> Split(Node node, ChannelPiece piece, int channel, double at, double bound, MultiplierSolution price)
    {
        var curve = _problem.Curves[channel];
        double v = _problem.Values[channel];
        double a = ActiveFrom(channel, piece);
        if (a > piece.Lower && at < a)
        {
            // Semi-continuous gap: off, or at least the minimum.
            yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, piece.Lower, piece.Lower), bound, price);
            yield return Child(node, channel, PieceFactory.Create(curve, v, a, a, piece.Upper), bound, price);
            yield break;
        }

        yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, Math.Min(a, at), at), bound, price);
        yield return Child(node, channel, PieceFactory.Create(curve, v, at, at, piece.Upper), bound, price);
    }

    /// <summary>The stepped channel farthest from a multiple of its step, or −1 when all are on their steps.</summary>
    private int StepChannel(double[] x)
    {
        int channel = -1;
        double worst = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (_problem.Steps[i] > 0 && _problem.StepOffset(i, x[i]) > worst)
            {
                (worst, channel) = (_problem.StepOffset(i, x[i]), i);
            }
        }

        return channel;
    }

    /// <summary>Granularity branch: spend at most the multiple below x, or at least the multiple above it.</summary>
    private IEnumerable<Node> StepSplit(Node node, ChannelPiece piece, int channel, double at, double bound, MultiplierSolution hint)
    {
        var curve = _problem.Curves[channel];
        double v = _problem.Values[channel], step = _problem.Steps[channel], a = ActiveFrom(channel, piece);
        double below = Math.Floor(at / step) * step, above = below + step;
        if (below >= a)
        {
            yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, a, below), bound, hint);
        }
        else if (below >= piece.Lower && a > piece.Lower)
        {
            yield return Child(node, channel, PieceFactory.Create(curve, v, piece.Lower, piece.Lower, piece.Lower), bound, hint);
        }

        if (above <= piece.Upper)
        {
            yield return Child(node, channel, PieceFactory.Create(curve, v, above, above, piece.Upper), bound, hint);
        }
    }

    /// <summary>The piece's active-from point: the root's unless the node already moved the lower end past it.</summary>
    private double ActiveFrom(int channel, ChannelPiece piece) =>
        piece.Lower < _problem.ActiveFrom[channel] ? _problem.ActiveFrom[channel] : piece.Lower;

    private static Node Child(Node parent, int channel, ChannelPiece piece, double bound, MultiplierSolution price, bool commitActive = false) =>
        new(new Override(channel, piece, parent.Override, commitActive), bound, price);

    /// <summary>
    /// When more channels are active than the limit allows: the active, uncommitted channel that adds the least
    /// (v f(x) − p x at the relaxation's price), else −1.
    /// </summary>
    private int CardinalityChannel(ChannelPiece[] pieces, MultiplierSolution relaxed, HashSet<int> committed)
    {
        if (_problem.MaxActive is not int k || _problem.WithinCardinality(relaxed.Spends))
        {
            return -1;
        }

        int channel = -1;
        double least = double.PositiveInfinity;
        for (int i = 0; i < pieces.Length; i++)
        {
            double x = relaxed.Spends[i];
            if (x > 0 && pieces[i].Lower == 0 && !committed.Contains(i))
            {
                double worth = (_problem.Values[i] * _problem.Curves[i].Value(x)) - (relaxed.Price * x);
                if (worth < least)
                {
                    (least, channel) = (worth, i);
                }
            }
        }

        return channel;
    }

    /// <summary>Activation branch: the channel off (held at 0), or committed to count as active.</summary>
    private IEnumerable<Node> ActivationSplit(Node node, ChannelPiece piece, int channel, double bound, MultiplierSolution hint)
    {
        yield return Child(node, channel, PieceFactory.Create(_problem.Curves[channel], _problem.Values[channel], 0, 0, 0), bound, hint);
        yield return Child(node, channel, piece, bound, hint, commitActive: true);
    }
}
