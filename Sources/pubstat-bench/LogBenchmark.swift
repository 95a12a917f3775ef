import ArgumentParser

struct LogBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Durable append and replay rates.")
    func run() throws { print("not yet written") }
}
