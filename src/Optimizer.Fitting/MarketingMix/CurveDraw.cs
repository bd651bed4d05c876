using Optimizer.Numerics.Curves;

namespace Optimizer.Fitting.MarketingMix;

/// <summary>One bootstrap draw of a channel: its steady-state curve and the derived ROAS figures.</summary>
/// <param name="Curve">Response curve of the draw, spend per period → incremental outcome per period (same units as <see cref="ChannelFit.Curve"/>).</param>
/// <param name="Roas">Σ contribution / Σ spend over the data, under this draw (outcome units per currency unit).</param>
/// <param name="MarginalRoas">Curve.Marginal(current spend) under this draw.</param>
/// <param name="ParameterValues">Parameter values in the order of <see cref="ChannelFit.Parameters"/>.</param>
public sealed record CurveDraw(IResponseCurve Curve, double Roas, double MarginalRoas, IReadOnlyList<double> ParameterValues);
