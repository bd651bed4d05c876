using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project tests/Optimizer.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
