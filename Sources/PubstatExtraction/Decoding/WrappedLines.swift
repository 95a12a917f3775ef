/// Paragraphs wrapped at a fixed width, as text extracted from a PDF report is ("…ước tăng 9,4% so⏎với năm
/// 2015"): a line break inside a sentence becomes a space again, so the sentence is read whole. One byte for
/// one, so every offset into the text still holds.
///
/// A break is inside a sentence when its line is long (a wrapped line fills the width; a heading does not),
/// ends with no sentence mark, holds no table cells, and the next line opens with a lower-case letter or a
/// digit.
enum WrappedLines {
    static let minimumWrappedLine = 60

    static func unwrap(_ utf8: inout [UInt8]) {
        var lineStart = 0
        var i = 0
        while i < utf8.count {
            guard utf8[i] == 0x0A else { i += 1; continue }
            if isWrapped(utf8, line: lineStart..<i) && opensContinuation(utf8, at: i + 1) { utf8[i] = 0x20 }
            lineStart = i + 1
            i += 1
        }
    }

    private static func isWrapped(_ utf8: [UInt8], line: Range<Int>) -> Bool {
        // (characters, not bytes: a heading in capitals with marks is long in bytes)
        let characters = utf8[line].lazy.filter { $0 & 0xC0 != 0x80 }.count
        guard characters >= minimumWrappedLine, !utf8[line].contains(UInt8(ascii: "|")) else { return false }
        guard let last = utf8[line].last(where: { $0 != 0x20 }) else { return false }
        return !".:;!?".utf8.contains(last)
    }

    private static func opensContinuation(_ utf8: [UInt8], at start: Int) -> Bool {
        guard start < utf8.count else { return false }
        let b = utf8[start]
        if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return true }
        if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return true }
        guard b >= 0xC0 else { return false }
        let scalar = String(decoding: utf8[start..<min(utf8.count, start + 4)], as: UTF8.self).unicodeScalars.first
        return scalar.map { $0.properties.isLowercase } ?? false
    }
}
