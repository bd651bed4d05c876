using Grpc.Core;
using Optimizer.Contracts.Mapping.Fitting;
using V1 = Optimizer.Contracts.V1;

namespace Optimizer.Service.Services;

/// <summary>
/// The optimizer.v1 CurveFittingService: hands each request to <see cref="ContractFitter"/> (check the structure,
/// map to the fitting library, fit with the call's cancellation token so the deadline stops a long fit, map the
/// result back). Fit progress goes to the log. No maths here; errors become google.rpc.Status in
/// <see cref="Errors.ErrorInterceptor"/> (FittingInputException: INVALID_ARGUMENT with request paths).
/// </summary>
internal sealed class CurveFittingServiceImpl(ILogger<CurveFittingServiceImpl> logger) : V1.CurveFittingService.CurveFittingServiceBase
{
    private readonly ContractFitter _fitter = new();

    /// <inheritdoc />
    public override Task<V1.FitResponseCurvesResponse> FitResponseCurves(V1.FitResponseCurvesRequest request, ServerCallContext context)
    {
        var response = _fitter.FitResponseCurves(request, context.CancellationToken);
        FittingLog.CurvesFitted(logger, response.Channels.Count);
        return Task.FromResult(response);
    }

    /// <inheritdoc />
    public override Task<V1.FitMarketingMixResponse> FitMarketingMix(V1.FitMarketingMixRequest request, ServerCallContext context)
    {
        var progress = new LogProgress(logger, request.Rows.Count);
        var (response, result) = _fitter.FitMarketingMix(request, progress, context.CancellationToken);
        FittingLog.MixFitted(
            logger, result.Channels.Count, request.Rows.Count, result.BootstrapDraws, result.Holdout?.Nrmse ?? double.NaN, result.Elapsed.TotalMilliseconds);
        return Task.FromResult(response);
    }

    /// <summary>Writes the fitter's progress messages to the log as they come (synchronously, on the fitting thread).</summary>
    private sealed class LogProgress(ILogger logger, int rowCount) : IProgress<string>
    {
        public void Report(string value) => FittingLog.MixProgress(logger, rowCount, value);
    }
}
