namespace Optimizer.Fitting.Internal;

/// <summary>
/// A compact Levenberg–Marquardt minimiser of ‖r(u)‖² over unbounded u ∈ ℝᵐ with a forward-difference
/// Jacobian, used for the variable-projection search of the marketing-mix fit (where each residual
/// evaluation already solves the linear coefficients exactly, so an analytic Jacobian is not available).
/// </summary>
/// <remarks>
/// Levenberg (1944); Marquardt (1963), SIAM J. Appl. Math. 11(2); Moré (1978), "The Levenberg–Marquardt
/// algorithm: implementation and theory", with Marquardt's diagonal scaling: the step solves
/// (JᵀJ + μ·diag(JᵀJ) + μ·ε·I)·δ = −Jᵀr. μ shrinks ×0.3 after an accepted step and grows ×4 after a rejected
/// one. Stops when an accepted step lowers the cost by less than <c>relativeTolerance</c>·cost, after
/// <c>maxIterations</c> Jacobians, or after 12 consecutive rejected steps. Bounds are handled by the caller
/// through a smooth bijection (see <see cref="BoxTransform"/>).
/// </remarks>
internal static class LevenbergMarquardtSearch
{
    /// <summary>Fills the residual vector for parameters u and returns Σr².</summary>
    public delegate double Residuals(ReadOnlySpan<double> u, double[] residuals);

    /// <summary>Minimises Σr(u)² from <paramref name="start"/>; returns the best point, its cost and the Jacobian count.</summary>
    /// <param name="f">Residual function.</param>
    /// <param name="start">Starting point, length m.</param>
    /// <param name="residualCount">Length of r.</param>
    /// <param name="maxIterations">Maximum number of Jacobian evaluations.</param>
    /// <param name="relativeTolerance">Relative cost decrease below which the search stops.</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    public static (double[] Point, double Cost, int Iterations) Minimize(
        Residuals f, double[] start, int residualCount, int maxIterations, double relativeTolerance, CancellationToken cancellationToken)
    {
        int m = start.Length;
        var u = (double[])start.Clone();
        var r = new double[residualCount];
        var trialR = new double[residualCount];
        var jac = new double[residualCount * m];
        var jtj = new double[m * m];
        var system = new double[m * m];
        var g = new double[m];
        var step = new double[m];
        var trial = new double[m];
        double cost = f(u, r);
        double mu = 1e-3;
        int iterations = 0;
        int rejected = 0;
        if (m == 0)
        {
            return (u, cost, 0);
        }

        while (iterations < maxIterations && rejected < 12)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iterations++;
            Jacobian(f, u, r, jac, trial, trialR);
            Normal(jac, r, residualCount, m, jtj, g);
            bool accepted = false;
            while (!accepted && rejected < 12)
            {
                for (int i = 0; i < m * m; i++)
                {
                    system[i] = jtj[i];
                }

                for (int i = 0; i < m; i++)
                {
                    system[(i * m) + i] += mu * (jtj[(i * m) + i] + 1e-6);
                    g[i] = -g[i];
                }

                bool solved = DenseCholesky.TrySolve(system, m, g, step);
                for (int i = 0; i < m; i++)
                {
                    g[i] = -g[i];
                    trial[i] = u[i] + (solved ? Math.Clamp(step[i], -4, 4) : 0);
                }

                double trialCost = solved ? f(trial, trialR) : double.PositiveInfinity;
                if (trialCost < cost)
                {
                    double decrease = cost - trialCost;
                    Array.Copy(trial, u, m);
                    Array.Copy(trialR, r, residualCount);
                    cost = trialCost;
                    mu = Math.Max(mu * 0.3, 1e-10);
                    accepted = true;
                    rejected = 0;
                    if (decrease <= relativeTolerance * cost)
                    {
                        return (u, cost, iterations);
                    }
                }
                else
                {
                    mu *= 4;
                    rejected++;
                }
            }
        }

        return (u, cost, iterations);
    }

    private static void Jacobian(Residuals f, double[] u, double[] r, double[] jac, double[] trial, double[] trialR)
    {
        int m = u.Length;
        int n = r.Length;
        Array.Copy(u, trial, m);
        for (int j = 0; j < m; j++)
        {
            double h = 1e-6 * Math.Max(1.0, Math.Abs(u[j]));
            trial[j] = u[j] + h;
            f(trial, trialR);
            trial[j] = u[j];
            for (int i = 0; i < n; i++)
            {
                jac[(i * m) + j] = (trialR[i] - r[i]) / h;
            }
        }
    }

    private static void Normal(double[] jac, double[] r, int n, int m, double[] jtj, double[] g)
    {
        Array.Clear(jtj);
        Array.Clear(g);
        for (int i = 0; i < n; i++)
        {
            int row = i * m;
            for (int a = 0; a < m; a++)
            {
                double ja = jac[row + a];
                g[a] += ja * r[i];
                for (int b = 0; b <= a; b++)
                {
                    jtj[(a * m) + b] += ja * jac[row + b];
                }
            }
        }

        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b < a; b++)
            {
                jtj[(b * m) + a] = jtj[(a * m) + b];
            }
        }
    }
}
