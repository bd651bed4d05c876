namespace Optimizer.Fitting.Internal;

/// <summary>
/// Least squares with sign constraints on a subset of coefficients, solved from the Gram form:
/// minimise ½xᵀAx − bᵀx subject to x_j ≥ 0 for j in the constrained set, with A = XᵀX + Λ (Λ the ridge
/// penalty) and b = Xᵀy.
/// </summary>
/// <remarks>
/// Lawson &amp; Hanson (1974), Solving Least Squares Problems, ch. 23 (NNLS active-set algorithm), in the
/// variant of Bro &amp; De Jong (1997), J. Chemometrics 11, that works on XᵀX and Xᵀy so its cost does not
/// depend on the number of observations. Unconstrained coefficients (intercept, trend, seasonality,
/// controls) are always in the passive set. The KKT tolerance is relative to max|b|.
/// </remarks>
internal static class GramNonNegativeLeastSquares
{
    /// <summary>Solves the problem; returns false when a passive sub-system is singular.</summary>
    /// <param name="a">A, row-major p×p, symmetric positive semi-definite.</param>
    /// <param name="b">b, length p.</param>
    /// <param name="constrained">constrained[j] is true when x_j must be ≥ 0.</param>
    /// <param name="x">Solution, length p.</param>
    public static bool Solve(double[] a, double[] b, bool[] constrained, double[] x)
    {
        int p = b.Length;
        var passive = new bool[p];
        for (int j = 0; j < p; j++)
        {
            passive[j] = true;
        }

        // Fast path: the unconstrained optimum is often feasible.
        if (!SolvePassive(a, b, passive, x))
        {
            return false;
        }

        if (Feasible(x, constrained))
        {
            return true;
        }

        for (int j = 0; j < p; j++)
        {
            passive[j] = !constrained[j];
        }

        if (!SolvePassive(a, b, passive, x))
        {
            return false;
        }

        double tolerance = 1e-12 * MaxAbs(b);
        var z = new double[p];
        var w = new double[p];
        for (int outer = 0; outer < 3 * p; outer++)
        {
            Gradient(a, b, x, w);
            int enter = -1;
            double best = tolerance;
            for (int j = 0; j < p; j++)
            {
                if (constrained[j] && !passive[j] && w[j] > best)
                {
                    best = w[j];
                    enter = j;
                }
            }

            if (enter < 0)
            {
                return true;
            }

            passive[enter] = true;
            for (int inner = 0; inner < 3 * p; inner++)
            {
                if (!SolvePassive(a, b, passive, z))
                {
                    return false;
                }

                if (Feasible(z, constrained))
                {
                    Array.Copy(z, x, p);
                    break;
                }

                double step = 1.0;
                for (int j = 0; j < p; j++)
                {
                    if (constrained[j] && passive[j] && z[j] <= 0)
                    {
                        step = Math.Min(step, x[j] / (x[j] - z[j]));
                    }
                }

                for (int j = 0; j < p; j++)
                {
                    x[j] += step * (z[j] - x[j]);
                    if (constrained[j] && passive[j] && x[j] <= 1e-15 * Math.Max(1.0, Math.Abs(z[j])))
                    {
                        x[j] = 0;
                        passive[j] = false;
                    }
                }
            }
        }

        return true;
    }

    private static bool Feasible(double[] x, bool[] constrained)
    {
        for (int j = 0; j < x.Length; j++)
        {
            if (constrained[j] && x[j] < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Gradient(double[] a, double[] b, double[] x, double[] w)
    {
        int p = b.Length;
        for (int i = 0; i < p; i++)
        {
            double s = b[i];
            for (int k = 0; k < p; k++)
            {
                s -= a[(i * p) + k] * x[k];
            }

            w[i] = s;
        }
    }

    private static double MaxAbs(double[] v)
    {
        double m = 0;
        foreach (double value in v)
        {
            m = Math.Max(m, Math.Abs(value));
        }

        return Math.Max(m, double.Epsilon);
    }

    private static bool SolvePassive(double[] a, double[] b, bool[] passive, double[] x)
    {
        int p = b.Length;
        Span<int> index = stackalloc int[p];
        int m = 0;
        for (int j = 0; j < p; j++)
        {
            x[j] = 0;
            if (passive[j])
            {
                index[m++] = j;
            }
        }

        if (m == 0)
        {
            return true;
        }

        Span<double> sub = m <= 40 ? stackalloc double[m * m] : new double[m * m];
        Span<double> rhs = stackalloc double[m];
        Span<double> sol = stackalloc double[m];
        for (int r = 0; r < m; r++)
        {
            rhs[r] = b[index[r]];
            for (int c = 0; c < m; c++)
            {
                sub[(r * m) + c] = a[(index[r] * p) + index[c]];
            }
        }

        if (!DenseCholesky.TrySolve(sub, m, rhs, sol))
        {
            return false;
        }

        for (int r = 0; r < m; r++)
        {
            x[index[r]] = sol[r];
        }

        return true;
    }
}
