import ArgumentParser
import Foundation
import PubstatLog

/// `pubstatctl verify`: checks the event log on disk end to end (CRC, sequence, hash chain).
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the event log on disk: every checksum, sequence number and the SHA-256 hash chain.",
        discussion: """
            Reads the log without changing it; safe to run beside pubstatd. The log directory is \
            --log-dir, else <--state>/log, else $PUBSTAT_LOG_DIR, else ./var/state/log.
            Exit status: 0 if the log is intact; 2 if its last group commit is damaged or torn \
            (an interrupted write, or a flipped bit there: pubstatd cuts those records on its next \
            start, so they are lost unless restored from a copy); 1 if it is corrupted before the \
            tail or cannot be read (pubstatd refuses to start on it).
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

    func run() throws {
        let directory = self.directory
        let report: VerifyReport
        do {
            report = try LogVerifier.verify(directory: directory)
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
        if let tail = report.tornTail {
            lines.append("torn tail \(tail) pubstatd cuts it on its next start.")
            lines.append("DAMAGED TAIL (intact up to record \(report.lastSequence))")
            Self.write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
            throw ExitCode(2)
        }
        lines.append("OK")
        Self.write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
