#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and error through their descriptors (Swift 6 has no safe `stdout` global).
enum TerminalOutput {
    static func standardOutput(_ text: String) { writeAll(Array(text.utf8), to: STDOUT_FILENO) }
    /// Writes bytes as they are (a CSV answer keeps its byte-order mark).
    static func standardOutput(bytes: [UInt8]) { writeAll(bytes, to: STDOUT_FILENO) }
    static func standardError(_ text: String) { writeAll(Array(text.utf8), to: STDERR_FILENO) }

    private static func writeAll(_ all: [UInt8], to fd: Int32) {
        var bytes = all[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // e.g. EPIPE when piped into `head`: nothing sensible left to do.
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
