import Testing
@testable import PubstatExtraction

/// The helpers that replaced slower loops on the extractor's hot paths give the answers of the loops they replaced.
@Suite struct HotPathHelperTests {
    /// ``LineBreaks/line(around:)`` is the line a walk out from the byte to the line feeds on both sides finds.
    @Test func lineBreaksFindTheLineAroundEveryByte() {
        let texts = ["", "a", "\n", "\n\n", "ab\ncd", "ab\n", "\nab", "một dòng\n\nhai dòng\r\nba", "x\ny\nz\n"]
        var wrong: [String] = []
        for text in texts {
            let bytes = Array(text.utf8)
            let breaks = LineBreaks(bytes)
            for offset in bytes.indices {
                var start = offset
                while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
                var end = offset
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if breaks.line(around: offset) != start..<end { wrong.append("\(text.debugDescription) at \(offset)") }
            }
        }
        #expect(wrong.isEmpty)
    }

    /// ``Document/contains(_:in:)`` answers what `range.contains { matches(phrase, at: $0) }` does, ranges past
    /// either end of the tokens included.
    @Test func documentContainsIsMatchesAtSomeToken() {
        let doc = Document(text: FoldedText(utf8: Array("Tăng trưởng kinh tế của địa phương tăng 7%, tăng trưởng khá. Tăng".utf8)))
        let phrases = [Lex.p("tăng trưởng"), Lex.p("địa phương"), Lex.p("tăng"), Lex.p("khá"), Lex.p("không có"), [Lex.tang, 0]]
        var wrong: [String] = []
        for phrase in phrases {
            for lower in -2...(doc.count + 1) {
                for upper in lower...(doc.count + 2) {
                    let expected = (lower..<upper).contains { doc.matches(phrase, at: $0) }
                    if doc.contains(phrase, in: lower..<upper) != expected { wrong.append("\(phrase) in \(lower)..<\(upper)") }
                }
            }
        }
        #expect(wrong.isEmpty)
    }
}
