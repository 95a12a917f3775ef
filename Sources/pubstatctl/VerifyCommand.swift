import ArgumentParser
import Foundation
import PubstatIngest
import PubstatLog

/// `pubstatctl verify`: checks the event log on disk end to end (CRC, sequence, hash chain).
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the event log on disk (every checksum, sequence number and the SHA-256 hash chain) and the projection snapshot.",
        discussion: """
            Reads the log without changing it; safe to run beside pubstatd. The log directory is \
            --log-dir, else <--state>/log, else $PUBSTAT_LOG_DIR, else ./var/state/log.
            The projection snapshot checked is <the log directory's parent>/snapshots/projections.snapshot: \
            its checksum, its records, and its chain hash against the log's record at its sequence.
            Exit status: 0 if the log is intact and the snapshot (if any) is intact and belongs to \
            it; 1 if the log is corrupted before the tail or cannot be read (pubstatd refuses to \
            start on it); 2 if its last group commit is damaged or torn (pubstatd keeps the records \
            that check out on its next start and reports the others, which it re-ingests from their \
            raw copies when it can); 3 if the log is intact but the snapshot is damaged or not of \
            this log (pubstatd discards it with a warning and rebuilds the projections from the log; \
            nothing is lost). When several apply, the lowest non-zero status is given.
            """
    )

    @Option(help: "The pubstatd state directory; the log is its log/ subdirectory.") var state: String?
    @Option(help: "The log directory itself.") var logDir: String?

    var directory: String {
        if let logDir { return logDir }
        if let state { return "\(state)/log" }
        if let env = ProcessInfo.processInfo.environment["PUBSTAT_LOG_DIR"], !env.isEmpty { return env }
        return "./var/state/log"
    }

    /// `<log dir>/../snapshots/projections.snapshot`.
    var snapshotDirectory: String {
        let log = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let slash = log.lastIndex(of: "/") else { return "snapshots" }
        return String(log[..<slash]) + "/snapshots"
    }

    func run() throws {
        let directory = self.directory
        // The snapshot first: one written after the log walk would be ahead of the log walked.
        let store = ProjectionSnapshotStore(directory: snapshotDirectory)
        let snapshot = store.load()
        let report: VerifyReport
        do {
            report = try LogVerifier.verify(directory: directory, chainHashAt: try? snapshot.get().lastSequence)
        } catch {
            Self.write("pubstatctl: FAILED: \(error)\n", to: FileHandle.standardError)
            throw ExitCode(1)
        }
        var lines = [
            "log       \(directory)",
            "segments  \(report.segments)",
            "records   \(report.records)",
            "bytes     \(report.byteCount)",
            "head      \(report.headHash)",
        ]
        var snapshotDamage: SnapshotUnusable?
        switch snapshot {
        case .success(let loaded) where report.chainHashAt == loaded.chainHash:
            lines.append("snapshot  \(store.path): intact, folded up to record \(loaded.lastSequence)")
        case .success(let loaded):
            snapshotDamage = .notOfThisLog(
                path: store.path, sequence: loaded.lastSequence, snapshotHash: loaded.chainHash, logHash: report.chainHashAt)
        case .failure(let why) where why.isDamage:
            snapshotDamage = why
        case .failure(let why) where why.code == .missing:
            lines.append("snapshot  none at \(store.path)")
        case .failure(let why):
            lines.append("snapshot  \(why); pubstatd rebuilds it")
        }
        if let snapshotDamage {
            lines.append("snapshot  DAMAGED: \(snapshotDamage). pubstatd discards it on its next start and rebuilds the projections from the log; nothing is lost.")
        }
        if let tail = report.tornTail {
            lines.append("torn tail \(tail) pubstatd repairs it so on its next start.")
            lines.append("DAMAGED TAIL (intact up to record \(report.lastSequence))")
            Self.write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
            throw ExitCode(2)
        }
        if snapshotDamage != nil {
            lines.append("DAMAGED SNAPSHOT (the log is intact)")
            Self.write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
            throw ExitCode(3)
        }
        lines.append("OK")
        Self.write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
