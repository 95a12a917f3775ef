import ArgumentParser
import Dispatch
import Foundation
import PubstatLog
import PubstatModel

/// `pubstat-bench log`: durable append rates at batch sizes 1, 100 and 10,000, and replay of a
/// log of 1,000,000 events (raw record scan, decoded into `Event`, and full verification).
struct LogBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Durable append and replay rates.")

    @Option(help: "Parent directory for the benchmark logs (on the disk to measure). Default: $TMPDIR or /var/tmp.")
    var directory: String?
    @Option(help: "Events in the replay log.") var replayEvents = 1_000_000
    @Option(help: "Single-event appends in the batch-1 runs.") var singleAppends = 2_000
    @Option(help: "Fraction of the batch-100 and batch-10,000 calls and of the in-memory coding loop (the suite's smoke form runs 0.01).")
    var scale = 1.0
    @Flag(help: "Keep the benchmark logs.") var keep = false

    func run() throws {
        let parent = directory ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/var/tmp"
        let root = (parent as NSString).appendingPathComponent("pubstat-bench-log-\(getpid())")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }
        let pool = try BenchEvents.pool()
        let sizes = pool.map(\.payload.count)
        print("logs under \(root)")
        print("payloads: \(pool.count) distinct events, \(sizes.min()!)–\(sizes.max()!) bytes, mean \(sizes.reduce(0, +) / sizes.count)")
        let singleAppends = self.singleAppends
        let replayEvents = self.replayEvents
        let scale = self.scale
        try Self.coding(pool: pool, count: Self.scaled(200_000, scale))
        try blocking {
            try await Self.appends(root: root, pool: pool, singleAppends: singleAppends, scale: scale)
            try await Self.replay(root: root, pool: pool, count: replayEvents)
        }
    }

    /// `count` times `scale`, at least 1.
    private static func scaled(_ count: Int, _ scale: Double) -> Int { max(1, Int(Double(count) * scale)) }

    private static func appends(root: String, pool: [EncodedEvent], singleAppends: Int, scale: Double) async throws {
        print("\n## durable append (each call returns after fdatasync)")
        let log = try EventLog.open(directory: "\(root)/append")
        defer { log.close() }
        var next = 0
        func take(_ n: Int) -> [EncodedEvent] {
            defer { next += n }
            return (next ..< next + n).map { pool[$0 % pool.count] }
        }

        var before = log.stats
        var seconds = try await time { for _ in 0..<singleAppends { _ = try await log.append(encoded: take(1)) } }
        report("batch 1, one caller", events: singleAppends, seconds: seconds, syncs: log.stats.fdatasyncs - before.fdatasyncs)

        let callers = 64
        let perCaller = max(1, singleAppends / 16)
        before = log.stats
        let batches = (0..<callers).map { _ in (0..<perCaller).map { _ in take(1) } }
        seconds = try await time {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for batch in batches {
                    group.addTask { for events in batch { _ = try await log.append(encoded: events) } }
                }
                try await group.waitForAll()
            }
        }
        report("batch 1, \(callers) concurrent callers", events: callers * perCaller, seconds: seconds,
               syncs: log.stats.fdatasyncs - before.fdatasyncs)

        for (batchSize, calls) in [(100, scaled(200, scale)), (10_000, scaled(30, scale))] {
            let work = (0..<calls).map { _ in take(batchSize) }
            before = log.stats
            seconds = try await time { for events in work { _ = try await log.append(encoded: events) } }
            report("batch \(batchSize)", events: batchSize * calls, seconds: seconds, syncs: log.stats.fdatasyncs - before.fdatasyncs)
        }

        let concurrentCalls = scaled(20, scale)
        let concurrent = (0..<16).map { _ in (0..<concurrentCalls).map { _ in take(100) } }
        before = log.stats
        seconds = try await time {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for calls in concurrent {
                    group.addTask { for events in calls { _ = try await log.append(encoded: events) } }
                }
                try await group.waitForAll()
            }
        }
        report("batch 100, 16 concurrent callers", events: 16 * concurrentCalls * 100, seconds: seconds,
               syncs: log.stats.fdatasyncs - before.fdatasyncs)

        let raw = (0..<10_000).map { pool[$0 % pool.count].event }
        let rawCalls = scaled(3, scale)
        seconds = try await time { for _ in 0..<rawCalls { _ = try await log.append(raw) } }
        report("batch 10000, incl. JSON encoding", events: rawCalls * 10_000, seconds: seconds, syncs: UInt64(rawCalls))
    }

    /// `EventCoding` alone, in memory: the per-event cost the replay and append rows include.
    private static func coding(pool: [EncodedEvent], count n: Int) throws {
        print("\n## event coding in memory (\(pool.count) distinct events, \(n) each)")
        var sink = 0
        var seconds = try time { for i in 0..<n { sink &+= try EventCoding.encode(pool[i % pool.count].event).count } }
        report("EventCoding.encode", events: n, seconds: seconds)
        seconds = try time { for i in 0..<n { if case .bulletinRejected = try EventCoding.decode(pool[i % pool.count].payload) { sink &+= 1 } } }
        report("EventCoding.decode", events: n, seconds: seconds)
        let bytes = pool.map(\.payload).joined().map { $0 }
        let crcPasses = max(1, n / 100)
        seconds = try time { bytes.withUnsafeBytes { for _ in 0..<crcPasses { sink &+= Int(CRC32C.checksum($0)) } } }
        print("CRC-32C over \(bytes.count) bytes x \(crcPasses): \(String(format: "%.2f", Double(bytes.count) * Double(crcPasses) / seconds / 1e9)) GB/s"
              + (CRC32C.isHardwareAccelerated ? " (SSE4.2)" : " (software)"))
        precondition(sink != 0)
    }

    private static func replay(root: String, pool: [EncodedEvent], count: Int) async throws {
        print("\n## replay of \(count) events")
        let directory = "\(root)/replay"
        var log = try EventLog.open(directory: directory)
        var written = 0
        let build = try await time {
            while written < count {
                let n = min(10_000, count - written)
                _ = try await log.append(encoded: (written ..< written + n).map { pool[$0 % pool.count] })
                written += n
            }
        }
        let head = log.head
        log.close()
        print("built: \(head.recordCount) records, \(head.segmentCount) segments, \(mb(head.byteCount)) MB in \(fmt(build)) s")

        let openSeconds = try time { log = try EventLog.open(directory: directory) }
        report("open (CRC + sequence scan of every segment)", events: count, seconds: openSeconds, unit: "records/s")

        var scanned = 0
        var payloadBytes = 0
        var seconds = try time { try log.replayRecords { scanned += 1; payloadBytes += $0.payload.count } }
        precondition(scanned == count)
        report("replay, raw records (CRC + sequence checked)", events: count, seconds: seconds, unit: "records/s")

        var decoded = 0
        seconds = try time { try log.replay { _ in decoded += 1 } }
        precondition(decoded == count)
        report("replay, decoded into Event (EventCoding)", events: count, seconds: seconds, unit: "events/s")
        log.close()

        var verifiedHash = ""
        seconds = try time { verifiedHash = try LogVerifier.verify(directory: directory).headHash }
        precondition(verifiedHash == head.headHash)
        report("verify (CRC + SHA-256 chain)", events: count, seconds: seconds, unit: "records/s")
    }

    // MARK: Measuring

    private static func time(_ body: () async throws -> Void) async throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func report(_ what: String, events: Int, seconds: Double, syncs: UInt64? = nil, unit: String = "events/s") {
        var line = "\(what.padding(toLength: 52, withPad: " ", startingAt: 0)) \(String(format: "%12.0f", Double(events) / seconds)) \(unit)"
        line += "   (\(events) in \(fmt(seconds)) s"
        if let syncs { line += ", \(syncs) fdatasyncs" }
        print(line + ")")
    }

    private static func fmt(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
    private static func mb(_ bytes: Int64) -> String { String(format: "%.1f", Double(bytes) / 1e6) }
}

/// Runs async work from the synchronous benchmark command and waits for it.
private func blocking(_ body: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
        do { try await body() } catch { outcome.error = error }
        done.signal()
    }
    done.wait()
    if let error = outcome.error { throw error }
}

private final class Outcome: @unchecked Sendable {
    var error: (any Error)?  // written by the task before signal, read after wait
}

/// Invented benchmark events, 300–1000 bytes of JSON each.
enum BenchEvents {
    static func pool() throws -> [EncodedEvent] {
        try (0..<512).map { n in try EncodedEvent(event(n)) }
    }

    static func event(_ n: Int) -> Event {
        let hex = String(n, radix: 16)
        let id = BulletinID(hex: String(repeating: "a", count: 64 - hex.count) + hex)!
        if n % 7 == 6 {
            return .bulletinRejected(BulletinRejected(
                id: id, fileName: "bench-\(n).bin", byteCount: 1000 + n, code: .binaryContent,
                reason: "the file is binary, not text: NUL bytes at offset \(n) and later; drop a text export instead"
            ))
        }
        let figureCount = 1 + n % 3
        let figures = (0..<figureCount).map { k in
            var figure = Figure(
                indicator: k == 0 ? .budgetRevenueOnTerritory : .touristArrivals,
                value: Double(1000 + n * 3 + k), unit: k == 0 ? .billionVND : .arrivals,
                period: Period(.firstMonths(year: 2024, months: 1 + n % 12)),
                jurisdiction: Jurisdiction(.province, "Bench Province \(n % 9)"),
                quote: "Chỉ tiêu \(k) ước đạt \(1000 + n * 3 + k) đơn vị, tăng \(n % 17)% so với cùng kỳ"
            )
            figure.yoyPct = Double(n % 17)
            figure.source = SourceSpan(start: n, end: n + 80)
            return figure
        }
        return .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(
                id: id, fileName: "bench-\(n).txt", byteCount: 5000 + n, published: CalendarDate(year: 2024, month: 10, day: 1),
                subject: Jurisdiction(.province, "Bench Province \(n % 9)"), title: "Báo cáo tình hình số \(n)",
                extractorVersion: "bench-1"
            ),
            figures: figures
        ))
    }
}
