using System.Globalization;
using Optimizer.Allocation.Errors;

namespace Optimizer.Contracts.Mapping.Validation;

/// <summary>Collects field violations so that a request's problems are reported together.</summary>
public sealed class ViolationList
{
    private readonly List<FieldViolation> _violations = [];

    /// <summary>Whether any violation was recorded.</summary>
    public bool Any => _violations.Count > 0;

    /// <summary>Records a violation of <paramref name="field"/>.</summary>
    public void Add(string field, string description) => _violations.Add(new FieldViolation(field, description));

    /// <summary>Records every violation of <paramref name="violations"/>, with <paramref name="prefix"/> put before each field path.</summary>
    public void AddAll(IEnumerable<FieldViolation> violations, string prefix)
    {
        foreach (var v in violations)
        {
            Add(prefix + v.Field, v.Description);
        }
    }

    /// <summary>Records a violation unless <paramref name="value"/> is finite and &gt; 0.</summary>
    public void Positive(double value, string field)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            Add(field, Invariant($"must be a finite number > 0 (got {value})"));
        }
    }

    /// <summary>Records a violation unless <paramref name="value"/> is finite and ≥ 0.</summary>
    public void NonNegative(double value, string field)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            Add(field, Invariant($"must be a finite number >= 0 (got {value})"));
        }
    }

    /// <summary>Throws <see cref="RequestValidationException"/> when any violation was recorded.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestValidationException(_violations.ToArray());
        }
    }

    /// <summary>
    /// Throws <see cref="RequestValidationException"/> when any violation was recorded; otherwise returns
    /// <paramref name="mapped"/>, the result a mapper built (null only when it recorded violations).
    /// </summary>
    public T Checked<T>(T? mapped)
        where T : class
    {
        ThrowIfAny();
        return mapped ?? throw new InvalidOperationException($"A mapper returned no {typeof(T).Name} without recording a violation.");
    }

    /// <summary>Formats with the invariant culture (numbers as in JSON).</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
