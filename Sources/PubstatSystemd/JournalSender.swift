import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Writes one structured entry to journald with `sd_journal_sendv`.
enum JournalSender {
    /// Returns 0 on success (also when journald is absent) or a negative errno.
    @discardableResult
    static func send(_ fields: [(name: String, value: String)]) -> Int32 {
        // One buffer holds every `NAME=value`; the iovecs point into it. Values may contain
        // newlines: sd_journal_sendv switches to the binary encoding for those.
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in fields {
            let start = bytes.count
            bytes.append(contentsOf: field.name.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(contentsOf: field.value.utf8)
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeMutableBytes { buffer in
            var vectors = ranges.map { range in
                iovec(iov_base: buffer.baseAddress.map { $0 + range.lowerBound }, iov_len: range.count)
            }
            return sd_journal_sendv(&vectors, Int32(vectors.count))
        }
    }
}
