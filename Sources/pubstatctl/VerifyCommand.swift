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
            Exit status: 0 if the log is intact (a torn tail from an interrupted write, which \
            pubstatd cuts on its next start, is reported but is not a failure), 1 if it is corrupted \
            or cannot be read.
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
            lines.append("OK (up to record \(report.lastSequence))")
        } else {
            lines.append("OK")
        }
        Self.write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
