using System.Globalization;

namespace Optimizer.Fitting.PointFits;

/// <summary>Checks (spend, outcome) observations of a point fit and reports every violation at once.</summary>
internal static class PointFitInput
{
    public static void Validate(IReadOnlyList<double> spend, IReadOnlyList<double> outcome, int parameterCount)
    {
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(outcome);
        var violations = new List<InputViolation>();
        if (spend.Count != outcome.Count)
        {
            violations.Add(new InputViolation("outcome", null, InputRules.Shape, Invariant($"{outcome.Count} outcomes for {spend.Count} spends.")));
        }

        for (int i = 0; i < spend.Count; i++)
        {
            if (!double.IsFinite(spend[i]))
            {
                violations.Add(new InputViolation("spend", i, InputRules.NotFinite, Invariant($"value {spend[i]} is not a finite number.")));
            }
            else if (spend[i] < 0)
            {
                violations.Add(new InputViolation("spend", i, InputRules.NegativeSpend, Invariant($"spend {spend[i]} is negative.")));
            }
        }

        for (int i = 0; i < outcome.Count; i++)
        {
            if (!double.IsFinite(outcome[i]))
            {
                violations.Add(new InputViolation("outcome", i, InputRules.NotFinite, Invariant($"value {outcome[i]} is not a finite number.")));
            }
        }

        if (spend.Count <= parameterCount)
        {
            violations.Add(new InputViolation("spend", null, InputRules.TooFewRows, Invariant($"{spend.Count} observations for {parameterCount} parameters: at least {parameterCount + 1} are needed.")));
        }

        if (violations.Count == 0 && !spend.Any(s => s > 0))
        {
            violations.Add(new InputViolation("spend", null, InputRules.ZeroSpendChannel, "every spend is zero: the curve cannot be fitted."));
        }

        if (violations.Count > 0)
        {
            throw new FittingInputException(violations);
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
