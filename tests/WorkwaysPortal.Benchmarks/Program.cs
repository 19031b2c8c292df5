using BenchmarkDotNet.Running;
using WorkwaysPortal.Benchmarks;

// dotnet run -c Release --project tests/WorkwaysPortal.Benchmarks -- matching [--organizations 100000] [--from 10000] [--targets 200]
//   the matching load harness over a throwaway PostgreSQL cluster (docs/benchmarks.md);
// dotnet run -c Release --project tests/WorkwaysPortal.Benchmarks -- alerts [--organizations 100000] [--searches 10000] [--verify 300]
//   the alert load harness: verification with and without saved searches, an alert run over all of them;
// dotnet run -c Release --project tests/WorkwaysPortal.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Scoring*]
//   the BenchmarkDotNet benchmarks of the scoring core.
if (args.Length > 0 && args[0] == "alerts")
{
    return await AlertLoad.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "matching")
{
    return await MatchingLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
return 0;
