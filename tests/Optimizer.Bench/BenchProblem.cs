using System.Text.Json;
using Optimizer.Allocation.Model;
using Optimizer.Numerics.Curves;

namespace Optimizer.Bench;

/// <summary>
/// A benchmark problem file in the "mmm-budget/1" schema (see the benchmark README): budget, eq/le budget
/// row, response or profit objective, channels with family, params, lo, hi and x_init.
/// </summary>
public sealed record BenchProblem(string Name, int Count, AllocationProblem Problem)
{
    /// <summary>Reads and maps a problem file.</summary>
    /// <exception cref="InvalidDataException">The file does not follow the schema.</exception>
    public static BenchProblem Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        string schema = root.GetProperty("schema").GetString() ?? string.Empty;
        if (schema != "mmm-budget/1")
        {
            throw new InvalidDataException($"{path}: unsupported schema '{schema}'");
        }

        var channels = root.GetProperty("channels").EnumerateArray().Select(Channel).ToList();
        double budget = root.GetProperty("budget").GetDouble();
        var mode = root.GetProperty("budget_constraint").GetString() == "le" ? BudgetMode.AtMost : BudgetMode.Exact;
        var objective = root.GetProperty("objective").GetString() == "profit" ? new Objective(ObjectiveKind.MaximizeProfit) : Objective.MaximizeResponse;
        string name = root.TryGetProperty("name", out var n) ? n.GetString()! : Path.GetFileNameWithoutExtension(path);
        return new BenchProblem(name, channels.Count, new AllocationProblem(channels, budget, mode, objective));
    }

    private static ChannelSpec Channel(JsonElement c)
    {
        var p = c.GetProperty("params");
        double P(string key) => p.GetProperty(key).GetDouble();
        IResponseCurve curve = c.GetProperty("family").GetString() switch
        {
            "hill" => new HillCurve(P("beta"), P("gamma"), P("alpha")),
            "exp" => new ExponentialCurve(P("beta"), P("lam")),
            "power" => new PowerCurve(P("beta"), P("p")),
            // β(σ(k(x−x0)) − σ(−k x0)) has supremum β(1 − σ(−k x0)) = β σ(k x0).
            "logistic" => new LogisticCurve(P("beta") / (1 + Math.Exp(-P("k") * P("x0"))), P("k"), P("x0")),
            var f => throw new InvalidDataException($"unknown family '{f}'"),
        };
        return new ChannelSpec(
            c.GetProperty("name").GetString()!,
            curve,
            c.TryGetProperty("x_init", out var x) ? x.GetDouble() : 0.0,
            c.GetProperty("lo").GetDouble(),
            c.GetProperty("hi").GetDouble());
    }
}
