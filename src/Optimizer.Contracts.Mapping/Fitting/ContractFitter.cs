using Optimizer.Contracts.Mapping.Validation;
using Optimizer.Fitting;
using Optimizer.Fitting.MarketingMix;
using Optimizer.Fitting.PointFits;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Contracts.Mapping.Fitting;

/// <summary>
/// The optimizer.v1 CurveFittingService operations on contract messages: check the request's structure, map it to
/// the fitting library, fit, map the result back. Shared by the gRPC service and any in-process caller.
/// </summary>
/// <param name="curveFitter">Point fits.</param>
/// <param name="mixFitter">Marketing-mix fits.</param>
public sealed class ContractFitter(CurveFitter curveFitter, MarketingMixFitter mixFitter)
{
    /// <summary>Creates the pipeline over new (stateless) fitters.</summary>
    public ContractFitter()
        : this(new CurveFitter(), new MarketingMixFitter())
    {
    }

    /// <summary>FitResponseCurves: one point fit per channel, in request order.</summary>
    /// <param name="request">The channels' observations and the candidate families.</param>
    /// <param name="cancellationToken">Checked between channels.</param>
    /// <exception cref="RequestValidationException">The request breaks a structural rule (names, enum values).</exception>
    /// <exception cref="FittingInputException">An observation breaks a value rule; fields are request paths
    /// (<c>channels[1].observations[4].spend</c>), every channel's violations at once.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled or its deadline passed.</exception>
    public V1.FitResponseCurvesResponse FitResponseCurves(V1.FitResponseCurvesRequest request, CancellationToken cancellationToken)
    {
        var violations = new ViolationList();
        PointFitRequestMapping.Validate(request, violations);
        violations.ThrowIfAny();
        var options = PointFitRequestMapping.ToOptions(request);

        var response = new V1.FitResponseCurvesResponse();
        var inputViolations = new List<InputViolation>();
        for (int c = 0; c < request.Channels.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var channel = request.Channels[c];
            double[] spend = [.. channel.Observations.Select(o => o.Spend)];
            double[] outcome = [.. channel.Observations.Select(o => o.Outcome)];
            try
            {
                var selection = options.Candidates is [var family]
                    ? Single(curveFitter.Fit(spend, outcome, family, options), options.Criterion)
                    : curveFitter.FitBest(spend, outcome, options);
                response.Channels.Add(PointFitResultMapping.ToProto(channel.Name, selection, spend, outcome));
            }
            catch (FittingInputException e)
            {
                inputViolations.AddRange(FittingErrorPaths.ForPointFit(e, request, c));
            }
        }

        if (inputViolations.Count > 0)
        {
            throw new FittingInputException(inputViolations);
        }

        return response;
    }

    /// <summary>FitMarketingMix: the time-series fit with per-channel curves ready for AllocateBudget.</summary>
    /// <param name="request">Names, rows and settings.</param>
    /// <param name="progress">Progress messages of the fit (phases, bootstrap), or null.</param>
    /// <param name="cancellationToken">The call's token: the fit stops at the next iteration or draw once it is cancelled.</param>
    /// <returns>The response and the library's result (for logging).</returns>
    /// <exception cref="RequestValidationException">The request breaks a structural rule (names, row lengths, date strings, enum values).</exception>
    /// <exception cref="FittingInputException">A value rule is broken; fields are request paths (<c>rows[12].spends[3]</c>,
    /// <c>channel_names[1]</c>, <c>rows[40].date</c>, <c>options.max_lag</c>).</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled or its deadline passed.</exception>
    public (V1.FitMarketingMixResponse Response, MarketingMixResult Result) FitMarketingMix(
        V1.FitMarketingMixRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var violations = new ViolationList();
        MixRequestMapping.Validate(request, violations);
        violations.ThrowIfAny();
        var options = MixRequestMapping.ToOptions(request.Options);
        MarketingMixResult result;
        try
        {
            var data = MixRequestMapping.ToData(request);
            result = mixFitter.Fit(data, options, progress, cancellationToken);
        }
        catch (FittingInputException e)
        {
            throw FittingErrorPaths.ForMix(e, request);
        }

        return (MixResultMapping.ToResponse(result), result);
    }

    private static CurveSelectionResult Single(PointFitResult fit, SelectionCriterion criterion) => new(fit, [fit], criterion);
}
