using Optimizer.Contracts.V1;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>Small builders for proto requests.</summary>
internal static class Requests
{
    public static Channel Exponential(string name, double maxResponse, double scale, double current = 0) => new()
    {
        Name = name,
        Curve = new ResponseCurve { Exponential = new ExponentialCurve { MaxResponse = maxResponse, Scale = scale } },
        CurrentSpend = current,
    };

    public static Channel Logarithmic(string name, double coefficient, double offset, double current = 0) => new()
    {
        Name = name,
        Curve = new ResponseCurve { Logarithmic = new LogarithmicCurve { Coefficient = coefficient, Offset = offset } },
        CurrentSpend = current,
    };

    public static AllocateBudgetRequest Allocate(double budget, params Channel[] channels)
    {
        var request = new AllocateBudgetRequest { Budget = new Budget { Total = budget, Mode = BudgetMode.Exact } };
        request.Channels.Add(channels);
        return request;
    }
}
