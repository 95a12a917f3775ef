import ArgumentParser

struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extraction throughput (MB/s).")
    func run() throws { print("not yet written") }
}
