import ArgumentParser
import Foundation
import Logging
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import Prometheus
import PubstatProjections

/// `pubstat-bench backfill`: a back-fill of an archive through the real ingest pipeline
/// (read, hash, extract, keep the raw copy, durable append, fold, move), and a restart
/// that rebuilds the projections from the log and from a snapshot.
struct BackfillBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backfill", abstract: "Archive back-fill through the ingest pipeline.")

    @Option(help: "Bulletins in the archive (ten years of a province's portal is a few thousand).")
    var bulletins = 5_000
    @Option(help: "Files per batch, as the intake service uses.")
    var batch = 256
    @Flag(help: "Record intake's metrics into a Prometheus registry, as pubstatd does (default: a no-op factory).")
    var metrics = false

    func run() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-backfill-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let layout = InboxLayout(inbox: root + "/inbox", processed: root + "/processed", failed: root + "/failed", state: root + "/state")
        try layout.createFolders()
        var bytes = 0
        for n in 0..<bulletins {
            let text = ArchiveText.bulletin(n)
            bytes += text.utf8.count
            try Posix.writeFileAtomically("\(layout.inbox)/b\(n).txt", Array(text.utf8))
        }
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let log = try EventLog.open(directory: layout.logDirectory)
        let registry = PrometheusCollectorRegistry()
        let ingestMetrics = metrics ? IngestMetrics(factory: PrometheusMetricsFactory(registry: registry)) : IngestMetrics()
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), metrics: ingestMetrics, logger: logger)
        let names = try Posix.listDirectory(layout.inbox).sorted()
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.processCPUSeconds()
        for offset in stride(from: 0, to: names.count, by: batch) {
            _ = await pipeline.ingest(Array(names[offset..<min(offset + batch, names.count)]))
        }
        let elapsed = clock.now - start
        let cpu = Self.processCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let figures = await pipeline.projections.catalog.bulletins.values.reduce(0) { $0 + $1.figures.count }
        if metrics { print("metrics: \(registry.emitToBuffer().count) bytes of exposition") }
        print("backfill\(metrics ? " (metrics on)" : ""): \(bulletins) bulletins (\(bytes / 1024) KiB, \(figures) figures) in \(String(format: "%.2f", seconds)) s = \(String(format: "%.0f", Double(bulletins) / seconds)) bulletins/s, \(String(format: "%.2f", cpu)) s of CPU")

        await pipeline.checkpoint()
        log.close()

        // What pubstatd does on start: open the log checking the whole hash chain, then load the
        // snapshot and fold the tail (or, without a snapshot, replay everything).
        let openStart = clock.now
        let reopened = try EventLog.open(directory: layout.logDirectory, options: EventLog.Options(verifyHashChain: true))
        print("restart, opening the log with the hash chain checked: \(clock.now - openStart)")
        if metrics { try recordingCost(reopened, into: ingestMetrics) }
        try await restartTimings(reopened, layout: layout)
        reopened.close()
    }

    /// What recording a bulletin's metrics costs by itself, as intake records them (the counters,
    /// one per indicator, and the three latency stages), over every bulletin of the log.
    private func recordingCost(_ log: EventLog, into metrics: IngestMetrics) throws {
        var events: [BulletinIngested] = []
        try log.replay { if case .bulletinIngested(let e) = $0.event { events.append(e) } }
        let clock = ContinuousClock()
        let seen = clock.now
        let start = clock.now
        for event in events {
            metrics.ingested(event)
            for stage in IngestMetrics.Stage.allCases { metrics.reached(stage, seen: seen) }
        }
        let perBulletin = (clock.now - start) / max(events.count, 1)
        print("metrics: recording one bulletin's metrics takes \(perBulletin) (over \(events.count) bulletins)")
    }

    /// CPU time of the whole process so far (every thread, user and system), in seconds.
    static func processCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private func restartTimings(_ log: EventLog, layout: InboxLayout) async throws {
        let clock = ContinuousClock()
        let replayStart = clock.now
        var rebuilt = Projections()
        try log.replay { try rebuilt.apply($0) }
        print("restart, replaying the whole log: \(clock.now - replayStart)")
        let snapshotStart = clock.now
        guard case .success(let snapshot) = ProjectionSnapshotStore(directory: layout.snapshotDirectory).load() else {
            throw ValidationError("no snapshot was written")
        }
        var fromSnapshot = snapshot.projections
        try log.replay(from: fromSnapshot.lastSequence + 1) { try fromSnapshot.apply($0) }
        print("restart, from the snapshot: \(clock.now - snapshotStart)")
    }
}

/// Bulletin-like text of our own: a short report with a few figures.
enum ArchiveText {
    static func bulletin(_ n: Int) -> String {
        let year = 2016 + n % 10
        let month = 1 + n % 12
        return """
        Cổng thông tin điện tử tỉnh Sơn La
        (Ngày đăng :\(1 + n % 28)/\(month)/\(year) 9:00:00 SA)
        Báo cáo số \(n) về tình hình kinh tế - xã hội tháng \(month) năm \(year).
        Tính đến ngày \(1 + n % 28)/\(month)/\(year), thu ngân sách nhà nước trên địa bàn tỉnh đạt \(1000 + n % 900).\(100 + n % 800),\(n % 10) tỷ đồng, bằng \(20 + n % 70)% dự toán Trung ương giao, bằng \(15 + n % 60)% dự toán HĐND tỉnh giao, tăng \(n % 20),\(n % 10)% so với cùng kỳ năm trước.
        Tổng lượt khách du lịch đến tỉnh ước đạt \(100 + n % 800).\(100 + n % 900) lượt, tăng \(n % 30)% so với cùng kỳ.
        Tỷ lệ hộ nghèo giảm xuống còn \(10 + n % 20),\(n % 100)%.
        \(String(repeating: "Các cấp, các ngành tiếp tục triển khai đồng bộ các nhiệm vụ, giải pháp phát triển kinh tế - xã hội của địa phương. ", count: 20))
        """
    }
}
