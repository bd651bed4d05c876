namespace Optimizer.Numerics.Curves;

/// <summary>
/// exp(x) − 1 and ln(1 + x) without cancellation for small |x|. The BCL's <c>double.ExpM1</c> and
/// <c>double.LogP1</c> are computed as exp(x) − 1 and ln(x + 1), which lose every digit near 0.
/// Both use Kahan's correction (Goldberg, "What Every Computer Scientist Should Know About
/// Floating-Point Arithmetic", ACM Computing Surveys 23(1), 1991, Theorem 4; Higham, Accuracy and
/// Stability of Numerical Algorithms, 2nd ed., §1.14.1).
/// </summary>
internal static class Elementary
{
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1.0;
        return um1 == -1.0 || double.IsPositiveInfinity(u) ? um1 : um1 * x / Math.Log(u);
    }

    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 || double.IsPositiveInfinity(u) ? (u == 1.0 ? x : Math.Log(u)) : Math.Log(u) * x / (u - 1.0);
    }
}
