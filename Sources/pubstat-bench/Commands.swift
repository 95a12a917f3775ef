import ArgumentParser

/// Every benchmark subcommand; each lives in its own file.
let benchmarkCommands: [any ParsableCommand.Type] = [ExtractBenchmark.self, LogBenchmark.self, BackfillBenchmark.self, SeedLogBenchmark.self]
