#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// Paragraphs wrapped at a fixed width, as text extracted from a PDF report is ("…ước tăng 9,4% so⏎với năm
/// 2015"): a line break inside a sentence becomes a space again, so the sentence is read whole. One byte for
/// one, so every offset into the text still holds.
///
/// A break is inside a sentence when its line is long (a wrapped line fills the width; a heading does not),
/// ends with no sentence mark, holds no table cells, and the next line opens with a lower-case letter or a
/// digit.
enum WrappedLines {
    static let minimumWrappedLine = 60

    /// Line by line, the line breaks found by `memchr`; a line is looked at only as far as it must be, cheapest
    /// test first: its length in bytes (fewer than ``minimumWrappedLine`` bytes are fewer characters), its last mark
    /// (found from its end), what opens the next line, then its cells and its characters (not bytes: a heading in
    /// capitals with marks is long in bytes), counted only up to the minimum.
    static func unwrap(_ utf8: inout [UInt8]) {
        let count = utf8.count
        utf8.withUnsafeMutableBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var lineStart = 0
            while lineStart < count, let hit = memchr(base + lineStart, 0x0A, count - lineStart) {
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                defer { lineStart = end + 1 }
                guard end - lineStart >= minimumWrappedLine else { continue }
                var k = end - 1
                while k >= lineStart, bytes[k] == 0x20 { k -= 1 }
                guard k >= lineStart, bytes[k] != 0, !isSentenceMark(bytes[k]), opensContinuation(bytes, at: end + 1),
                      memchr(base + lineStart, Int32(UInt8(ascii: "|")), end - lineStart) == nil,
                      hasCharacters(minimumWrappedLine, bytes, lineStart..<end) else { continue }
                bytes[end] = 0x20
            }
        }
    }

    /// Whether `range` holds at least `n` characters (bytes that are no UTF-8 continuation).
    private static func hasCharacters(_ n: Int, _ bytes: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var characters = 0
        for i in range where bytes[i] & 0xC0 != 0x80 {
            characters += 1
            if characters >= n { return true }
        }
        return false
    }

    private static func isSentenceMark(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: ";") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    private static func opensContinuation(_ bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start < bytes.count else { return false }
        let b = bytes[start]
        if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return true }
        if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return true }
        guard b >= 0xC0 else { return false }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 4)]), as: UTF8.self)
            .unicodeScalars.first
        return scalar.map { $0.properties.isLowercase } ?? false
    }
}
