/// Paragraphs wrapped at a fixed width, as text extracted from a PDF report is ("…ước tăng 9,4% so⏎với năm
/// 2015"): a line break inside a sentence becomes a space again, so the sentence is read whole. One byte for
/// one, so every offset into the text still holds.
///
/// A break is inside a sentence when its line is long (a wrapped line fills the width; a heading does not),
/// ends with no sentence mark, holds no table cells, and the next line opens with a lower-case letter or a
/// digit.
enum WrappedLines {
    static let minimumWrappedLine = 60

    /// One pass: each line's characters (not bytes: a heading in capitals with marks is long in bytes), its
    /// last mark and whether it has cells are counted as the bytes go by.
    static func unwrap(_ utf8: inout [UInt8]) {
        let count = utf8.count
        utf8.withUnsafeMutableBufferPointer { bytes in
            var characters = 0
            var last: UInt8 = 0
            var cells = false
            for i in 0..<count {
                let b = bytes[i]
                if b == 0x0A {
                    if characters >= minimumWrappedLine, !cells, last != 0, !isSentenceMark(last),
                       opensContinuation(bytes, at: i + 1) {
                        bytes[i] = 0x20
                    }
                    characters = 0
                    last = 0
                    cells = false
                    continue
                }
                if b & 0xC0 != 0x80 { characters += 1 }
                if b != 0x20 { last = b }
                if b == UInt8(ascii: "|") { cells = true }
            }
        }
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
