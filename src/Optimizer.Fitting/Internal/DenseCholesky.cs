namespace Optimizer.Fitting.Internal;

/// <summary>
/// Cholesky factorisation A = L·Lᵀ of small dense symmetric positive-definite matrices (row-major, n ≤ ~50),
/// used for the normal equations of the linear sub-problem and for covariance matrices.
/// </summary>
/// <remarks>Golub &amp; Van Loan, Matrix Computations, 4th ed., Algorithm 4.2.1 (outer-product Cholesky).</remarks>
internal static class DenseCholesky
{
    /// <summary>Solves A·x = b. Returns false when A is not numerically positive definite.</summary>
    /// <param name="a">A, row-major n×n; only the lower triangle is read.</param>
    /// <param name="n">Order of A.</param>
    /// <param name="b">Right-hand side, length n.</param>
    /// <param name="x">Solution, length n (may alias nothing else).</param>
    public static bool TrySolve(ReadOnlySpan<double> a, int n, ReadOnlySpan<double> b, Span<double> x)
    {
        Span<double> l = n <= 40 ? stackalloc double[n * n] : new double[n * n];
        if (!TryFactor(a, n, l))
        {
            return false;
        }

        // Forward substitution L·y = b, then back substitution Lᵀ·x = y.
        for (int i = 0; i < n; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++)
            {
                s -= l[(i * n) + k] * x[k];
            }

            x[i] = s / l[(i * n) + i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = x[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= l[(k * n) + i] * x[k];
            }

            x[i] = s / l[(i * n) + i];
        }

        return true;
    }

    /// <summary>Inverts A (for covariance matrices). Returns null when A is not numerically positive definite.</summary>
    /// <param name="a">A, row-major n×n.</param>
    /// <param name="n">Order of A.</param>
    public static double[]? Invert(ReadOnlySpan<double> a, int n)
    {
        var inverse = new double[n * n];
        var e = new double[n];
        var column = new double[n];
        for (int j = 0; j < n; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            if (!TrySolve(a, n, e, column))
            {
                return null;
            }

            for (int i = 0; i < n; i++)
            {
                inverse[(i * n) + j] = column[i];
            }
        }

        return inverse;
    }

    private static bool TryFactor(ReadOnlySpan<double> a, int n, Span<double> l)
    {
        double maxDiagonal = 0;
        for (int i = 0; i < n; i++)
        {
            maxDiagonal = Math.Max(maxDiagonal, Math.Abs(a[(i * n) + i]));
        }

        double floor = 1e-13 * Math.Max(maxDiagonal, double.Epsilon);
        for (int j = 0; j < n; j++)
        {
            double d = a[(j * n) + j];
            for (int k = 0; k < j; k++)
            {
                d -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(d > floor))
            {
                return false;
            }

            double ljj = Math.Sqrt(d);
            l[(j * n) + j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                double s = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = s / ljj;
            }
        }

        return true;
    }
}
