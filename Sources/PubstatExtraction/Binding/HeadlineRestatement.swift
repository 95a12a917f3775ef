import PubstatModel

/// A headline in capitals restates a figure of the body, rounded ("HÀ NỘI ĐÓN GẦN 750 NGHÌN LƯỢT KHÁCH DỊP
/// TẾT" over "ước đạt 745.300 lượt"): the body's figure is the one to keep, with its own period; the
/// headline's, dated only by what came before it, is dropped.
struct HeadlineRestatement {
    let text: [UInt8]

    /// How far a headline's rounded value may lie from the body's (3 %).
    private static let tolerance = 0.03

    func drop(from figures: [Figure]) -> [Figure] {
        var restating = Set<Int>()
        // (by index: the few fields asked are read in place, not from a copy of every figure)
        for i in figures.indices {
            guard let value = figures[i].value, value > 0, let span = figures[i].source, isInCapitals(lineAround: span.start) else { continue }
            let f = figures[i]
            let restated = figures[(i + 1)...].contains { g in
                guard g.indicator == f.indicator, g.jurisdiction == f.jurisdiction, let v = g.value, v != value,
                      let s = g.source, s.start >= span.end else { return false }
                return abs(v - value) <= Self.tolerance * v && !isInCapitals(lineAround: s.start)
            }
            if restated { restating.insert(i) }
        }
        return restating.isEmpty ? figures : figures.enumerated().filter { !restating.contains($0.offset) }.map(\.element)
    }

    /// A headline is short: a longer line is a paragraph.
    private static let longestHeadline = 300

    /// Whether the line holding byte `offset` is written in capitals (at least three letters, none lower-case).
    /// (Most lines have an ASCII lower-case letter near the figure: the look stops there, without decoding.)
    private func isInCapitals(lineAround offset: Int) -> Bool {
        guard offset < text.count else { return false }
        var start = offset
        while start > 0, text[start - 1] != UInt8(ascii: "\n") {
            if Self.isASCIILower(text[start - 1]) || offset - start > Self.longestHeadline { return false }
            start -= 1
        }
        var end = offset
        while end < text.count, text[end] != UInt8(ascii: "\n") {
            if Self.isASCIILower(text[end]) || end - start > Self.longestHeadline { return false }
            end += 1
        }
        let line = String(decoding: text[start..<end], as: UTF8.self)
        return line.count(where: \.isLetter) >= 3 && !line.contains(where: \.isLowercase)
    }

    private static func isASCIILower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
