using Optimizer.Allocation.Model;
using Optimizer.Allocation.Relaxation;
using Optimizer.Numerics.Curves;

namespace Optimizer.Allocation.Tests;

/// <summary>
/// The deadline and cancellation reach inside the relaxations (no timing here: a stop that is already due is used).
/// </summary>
public class SolveStopTests
{
    private static readonly SolveStop Due = new(long.MaxValue, new CancellationToken(canceled: true));

    private static ChannelPiece[] Pieces(int n) =>
        [.. Enumerable.Range(0, n).Select(i => PieceFactory.Create(new HillCurve(1_000 + i, 300 + (10 * i), 0.7), 1.0, 0, 0, 2_000))];

    [Fact]
    public void MultiplierSolver_DueStop_StopsBeforeFindingThePrice()
    {
        Assert.Throws<SolveInterruptedException>(() => MultiplierSolver.Solve(Pieces(50), 20_000, BudgetMode.Exact, 0, 0, Due));
    }

    [Fact]
    public void MultiplierSolver_NoStop_SpendsTheBudget()
    {
        var solution = MultiplierSolver.Solve(Pieces(50), 20_000, BudgetMode.Exact, 0, 0, SolveStop.None);

        Assert.Equal(20_000, solution.Spends.Sum(), 20_000 * 1e-12);
    }

    [Fact]
    public void LpRelaxation_DueStopBeforeTheFirstRound_Interrupted()
    {
        var row = new LinearRow("group", [0, 1, 2], [1.0, 1.0, 1.0], 0, 3_000);
        var relaxation = new LpRelaxation(20_000, BudgetMode.Exact, 0, [row]);

        Assert.Throws<SolveInterruptedException>(() => relaxation.Solve(Pieces(50), null, Due));
    }

    [Fact]
    public void Allocate_CancelledToken_Cancelled()
    {
        var channels = Enumerable.Range(0, 50).Select(i => Build.Channel($"c{i}", new HillCurve(1_000 + i, 300 + (10 * i), 2.5))).ToArray();

        Assert.ThrowsAny<OperationCanceledException>(() => new BudgetAllocator().Allocate(Build.Problem(20_000, channels), null, new CancellationToken(canceled: true)));
    }
}
