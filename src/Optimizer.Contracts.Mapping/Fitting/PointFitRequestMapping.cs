using System.Globalization;
using Optimizer.Contracts.Mapping.Validation;
using Optimizer.Fitting.PointFits;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>
/// Maps a <see cref="V1.FitResponseCurvesRequest"/> to point-fit inputs. Structural checks here (channel names,
/// family and criterion values); value rules (NaN, negative spend, too few observations, all-zero spend) in
/// <see cref="CurveFitter"/>, translated to request paths by <see cref="FittingErrorPaths"/>.
/// </summary>
public static class PointFitRequestMapping
{
    /// <summary>Checks the request's structure and records every violation with its request path.</summary>
    /// <param name="request">The request.</param>
    /// <param name="violations">Where violations are recorded (e.g. <c>channels[1].name</c>, <c>families[0]</c>).</param>
    public static void Validate(V1.FitResponseCurvesRequest request, ViolationList violations)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Channels.Count == 0)
        {
            violations.Add("channels", "at least one channel is required");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < request.Channels.Count; i++)
        {
            string name = request.Channels[i].Name;
            if (string.IsNullOrEmpty(name))
            {
                violations.Add($"channels[{i}].name", "must be a non-empty name");
            }
            else if (!seen.Add(name))
            {
                violations.Add($"channels[{i}].name", ViolationList.Invariant($"'{name}' is used by another channel"));
            }
        }

        for (int i = 0; i < request.Families.Count; i++)
        {
            if (request.Families[i] == V1.CurveFamily.Unspecified || !Enum.IsDefined(request.Families[i]))
            {
                violations.Add($"families[{i}]", ViolationList.Invariant($"unknown or unspecified curve family {(int)request.Families[i]}"));
            }
        }

        if (request.Families.Distinct().Count() != request.Families.Count)
        {
            violations.Add("families", "lists a family twice");
        }

        if (!Enum.IsDefined(request.Criterion))
        {
            violations.Add("criterion", ViolationList.Invariant($"unknown value {(int)request.Criterion}"));
        }
    }

    /// <summary>The options of the fits: the candidate families (all when the request lists none) and the criterion.</summary>
    /// <param name="request">A structurally valid request.</param>
    public static PointFitOptions ToOptions(V1.FitResponseCurvesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new PointFitOptions
        {
            Criterion = request.Criterion == V1.SelectionCriterion.Bic ? SelectionCriterion.Bic : SelectionCriterion.Aic,
            Candidates = request.Families.Count == 0 ? null : request.Families.Select(ToDomain).ToArray(),
        };
    }

    /// <summary>The library family of a contract family.</summary>
    /// <param name="family">A specified family.</param>
    /// <exception cref="ArgumentOutOfRangeException">The family is unspecified or unknown.</exception>
    public static CurveFamily ToDomain(V1.CurveFamily family) => family switch
    {
        V1.CurveFamily.Hill => CurveFamily.Hill,
        V1.CurveFamily.Logistic => CurveFamily.Logistic,
        V1.CurveFamily.Exponential => CurveFamily.Exponential,
        V1.CurveFamily.MichaelisMenten => CurveFamily.MichaelisMenten,
        V1.CurveFamily.Weibull => CurveFamily.Weibull,
        V1.CurveFamily.Power => CurveFamily.Power,
        V1.CurveFamily.Logarithmic => CurveFamily.Logarithmic,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, string.Create(CultureInfo.InvariantCulture, $"no curve family {(int)family}")),
    };

    /// <summary>The contract family of a library family.</summary>
    /// <param name="family">The library family.</param>
    public static V1.CurveFamily ToProto(CurveFamily family) => family switch
    {
        CurveFamily.Hill => V1.CurveFamily.Hill,
        CurveFamily.Logistic => V1.CurveFamily.Logistic,
        CurveFamily.Exponential => V1.CurveFamily.Exponential,
        CurveFamily.MichaelisMenten => V1.CurveFamily.MichaelisMenten,
        CurveFamily.Weibull => V1.CurveFamily.Weibull,
        CurveFamily.Power => V1.CurveFamily.Power,
        CurveFamily.Logarithmic => V1.CurveFamily.Logarithmic,
        _ => V1.CurveFamily.Unspecified,
    };
}
