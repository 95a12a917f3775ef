import ArgumentParser

/// Benchmarks whose numbers go into BENCHMARKS.md. Build with `-c release`.
@main
struct PubstatBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pubstat-bench",
        abstract: "Reproducible pubstat benchmarks (numbers for BENCHMARKS.md).",
        subcommands: benchmarkCommands
    )
}
