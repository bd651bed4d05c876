using System.Diagnostics;
using System.Globalization;
using Optimizer.Allocation;
using Optimizer.Bench;

// Usage: dotnet run -c Release --project tests/Optimizer.Bench -- DIR [--repeat K]
// Solves every *.json problem in DIR, compares with DIR/best_known.csv when present.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Optimizer.Bench DIR [--repeat K]   (DIR holds *.json problems and optionally best_known.csv)");
    return 2;
}

string dir = args[0];
int repeat = args.Length >= 3 && args[1] == "--repeat" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var best = BestKnown.Load(Path.Combine(dir, "best_known.csv"));
var allocator = new BudgetAllocator();
var times = new List<double>();
int atBest = 0, total = 0, failed = 0;
var inv = CultureInfo.InvariantCulture;

foreach (string file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
{
    total++;
    try
    {
        var problem = BenchProblem.Load(file);
        var result = allocator.Allocate(problem.Problem);
        double ms = double.MaxValue;
        for (int r = 0; r < repeat; r++)
        {
            var clock = Stopwatch.StartNew();
            allocator.Allocate(problem.Problem);
            ms = Math.Min(ms, clock.Elapsed.TotalMilliseconds);
        }

        times.Add(ms);
        double objective = result.Objective;
        string verdict = "no reference";
        if (best.TryGetValue(problem.Name, out double reference))
        {
            double rel = (objective - reference) / Math.Max(Math.Abs(reference), 1e-300);
            bool ok = rel >= -1e-6 && result.RelativeGap <= 1e-6;
            atBest += ok ? 1 : 0;
            verdict = string.Create(inv, $"{objective / reference:F9} of best known ({(rel > 1e-9 ? $"beats it by {rel:E2}" : ok ? "at best" : "BELOW")})");
        }

        Console.WriteLine(string.Create(inv, $"{problem.Name,-20} n={problem.Count,5}  objective={objective:G12}  {verdict}  gap={result.RelativeGap:E1}  nodes={result.NodeCount}  time={ms:F2} ms"));
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        failed++;
        Console.WriteLine($"{Path.GetFileName(file),-20} FAILED: {e.GetType().Name}: {e.Message}");
    }
}

times.Sort();
double median = times.Count > 0 ? times[times.Count / 2] : double.NaN;
Console.WriteLine(string.Create(inv, $"{atBest}/{total} at best known, median {median:F2} ms"));
return atBest == total && failed == 0 ? 0 : 1;
