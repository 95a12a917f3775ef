#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and error through their descriptors (Swift 6 has no safe `stdout` global).
enum TerminalOutput {
    static func standardOutput(_ text: String) { writeAll(text, to: STDOUT_FILENO) }
    static func standardError(_ text: String) { writeAll(text, to: STDERR_FILENO) }

    private static func writeAll(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
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
