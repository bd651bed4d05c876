namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>Small scenario files, each built to hit one outcome.</summary>
public static class Scenarios
{
    /// <summary>Budget 1000 above the sum of maximum spends (450): infeasible.</summary>
    public const string Infeasible = """
        {"budget":{"total":1000},"channels":[
          {"name":"search","maxSpend":200,"curve":{"exponential":{"maxResponse":5000,"scale":300}}},
          {"name":"social","maxSpend":250,"curve":{"exponential":{"maxResponse":3000,"scale":200}}}]}
        """;

    /// <summary>A response target of 10^9 where the curves saturate at 8000: unreachable.</summary>
    public const string TargetUnreachable = """
        {"budget":{"total":1000},"objective":{"reachResponseTarget":{"targetResponse":1e9}},"channels":[
          {"name":"search","curve":{"exponential":{"maxResponse":5000,"scale":300}}},
          {"name":"social","curve":{"exponential":{"maxResponse":3000,"scale":200}}}]}
        """;

    /// <summary>A negative current spend and a negative half-saturation: INVALID_ARGUMENT.</summary>
    public const string Invalid = """
        {"budget":{"total":1000},"channels":[
          {"name":"search","currentSpend":-5,"curve":{"hill":{"maxResponse":5000,"halfSaturation":-300,"slope":0.8}}}]}
        """;

    /// <summary>A split to evaluate (EvaluateAllocationRequest).</summary>
    public const string Evaluate = """
        {"channels":[
          {"name":"search","currentSpend":20000,"curve":{"exponential":{"maxResponse":100000,"scale":20000}}},
          {"name":"social","currentSpend":10000,"curve":{"hill":{"maxResponse":60000,"halfSaturation":15000,"slope":1.4}}}],
         "spends":[{"name":"search","spend":25000}],"valuePerResponse":1.5}
        """;
}
