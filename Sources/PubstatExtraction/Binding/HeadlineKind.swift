import PubstatModel

/// A headline restates the body's figure, rounded ("Xuất khẩu 10 tháng đạt trên 2,1 tỷ USD" over "ước đạt
/// 2.136,8 triệu USD"): it says no "ước" of its own, but is no more final than the figure it restates, so
/// it takes that figure's estimate.
struct HeadlineKind {
    let text: [UInt8]

    /// How far a headline's rounded value may lie from the body's (3 %).
    private static let tolerance = 0.03
    /// A headline is one short line without a full stop.
    private static let longestHeadline = 200

    func settle(_ figures: [Figure]) -> [Figure] {
        var settled = figures
        // (by index, the fields read in place: a loop over the figures copied each, a dozen references retained)
        for i in figures.indices where figures[i].kind == .actual {
            guard let value = figures[i].value.map({ $0 * (figures[i].unit?.baseScale ?? 1) }), value > 0, let span = figures[i].source,
                  isHeadline(lineAround: span.start) else { continue }
            let restated = (i + 1 ..< figures.count).contains { j in
                guard figures[j].kind == .estimate, figures[j].indicator == figures[i].indicator, figures[j].jurisdiction == figures[i].jurisdiction,
                      figures[j].period == figures[i].period, figures[j].unit?.baseName == figures[i].unit?.baseName,
                      let v = figures[j].value.map({ $0 * (figures[j].unit?.baseScale ?? 1) }),
                      let s = figures[j].source, s.start >= span.end else { return false }
                return abs(v - value) <= Self.tolerance * v
            }
            if restated { settled[i].kind = .estimate }
        }
        return settled
    }

    /// Whether the line holding byte `offset` is short and does not end with a full stop.
    private func isHeadline(lineAround offset: Int) -> Bool {
        guard offset < text.count else { return false }
        var start = offset
        while start > 0, text[start - 1] != UInt8(ascii: "\n") {
            if offset - start > Self.longestHeadline { return false }
            start -= 1
        }
        var end = offset
        while end < text.count, text[end] != UInt8(ascii: "\n") {
            if end - start > Self.longestHeadline { return false }
            end += 1
        }
        while end > start, text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end > start && text[end - 1] != UInt8(ascii: ".")
    }
}
