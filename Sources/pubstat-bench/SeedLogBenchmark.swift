import ArgumentParser
import Foundation
import PubstatLog

/// `pubstat-bench seed-log`: writes a log of N invented events, one bulletin each, into a
/// daemon's state folder, so the benchmark suite can time pubstatd's start-up and measure its
/// memory at 10^4 … 10^6 events without ingesting that many files.
///
/// Every event is `BenchEvents.event(n)` for a distinct n: a `bulletin.ingested` of one to three
/// figures (or, one in seven, a `bulletin.rejected`), 282–1204 bytes of JSON, each with its own
/// bulletin ID — as a log of N back-filled bulletins would hold.
struct SeedLogBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-log", abstract: "Write a log of N distinct invented events into STATE/log (for start-up timings).")

    @Option(help: "Events to write.") var events = 1_000_000
    @Option(help: "The daemon's state folder; the log goes to STATE/log, which must not hold a log yet.") var state: String

    func run() async throws {
        let directory = state + "/log"
        let log = try EventLog.open(directory: directory)
        defer { log.close() }
        guard log.head.recordCount == 0 else {
            throw ValidationError("\(directory) already holds \(log.head.recordCount) records; give an empty state folder")
        }
        var written = 0
        while written < events {
            let n = min(10_000, events - written)
            _ = try await log.append(encoded: try (written ..< written + n).map { try EncodedEvent(BenchEvents.event($0)) })
            written += n
        }
        print("seed-log: \(events) events, \(log.head.byteCount) bytes in \(directory)")
    }
}
