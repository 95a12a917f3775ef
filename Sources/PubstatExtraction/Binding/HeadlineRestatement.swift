import PubstatModel

/// A headline restates a figure of the body, rounded. In capitals ("HÀ NỘI ĐÓN GẦN 750 NGHÌN LƯỢT KHÁCH DỊP TẾT"
/// over "ước đạt 745.300 lượt") the body's figure is the one to keep, with its own period: the headline's, dated
/// only by what came before it, is dropped. Kept ("Xuất khẩu 10 tháng đạt trên 2,1 tỷ USD" over "ước đạt 2.136,8
/// triệu USD"), it says no "ước" of its own but is no more final than the figure it restates: it takes that
/// figure's estimate.
struct HeadlineRestatement {
    let text: [UInt8]
    /// The text's line feeds: a figure's line is found by a search, not by walking out to both its ends (most
    /// figures stand in paragraphs longer than a headline, and every figure's line is asked for).
    private let lineBreaks: LineBreaks
    /// Where the text's first line starts (past blank lines and spaces): the title's line.
    private let titleStart: Int

    init(text: [UInt8]) {
        self.text = text
        lineBreaks = LineBreaks(text)
        titleStart = text.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") } ?? text.count
    }

    /// How far a headline's rounded value may lie from the body's (3 %).
    private static let tolerance = 0.03
    /// A headline in capitals is short: a longer line is a paragraph.
    private static let longestHeadline = 300
    /// A headline in the case of a sentence is one short line without a full stop.
    private static let longestPlainHeadline = 200

    func drop(from figures: [Figure]) -> [Figure] {
        var restating = Set<Int>()
        // (by index: the few fields asked are read in place, not from a copy of every figure; each headline line is
        // looked at once for capitals and at most once more for a plain headline)
        for i in figures.indices {
            guard let span = figures[i].source else { continue }
            let f = figures[i]
            let body = figures[(i + 1)...].lazy.filter { ($0.source?.start ?? 0) >= span.end }
            let capitals = isInCapitals(lineAround: span.start)
            if capitals, roundsOff(f, body) {
                restating.insert(i)
            } else if f.value == nil ? (capitals || isPlainHeadline(lineAround: span.start)) && repeatsChange(f, body)
                        : isPlainHeadline(lineAround: span.start)
                            && (datedOnlyByYear(f, body) || statedUnderAnotherIndicator(f, body) || roundsOffInAnotherYear(f, body)
                                || restatesAnotherYearUnwritten(f, body)) {
                restating.insert(i)
            }
        }
        return restating.isEmpty ? figures : figures.enumerated().filter { !restating.contains($0.offset) }.map(\.element)
    }

    /// "HÀ NỘI ĐÓN GẦN 750 NGHÌN LƯỢT KHÁCH DỊP TẾT" over "ước đạt 745.300 lượt": a headline in capitals rounds off a
    /// figure of the body (not in capitals).
    private func roundsOff(_ f: Figure, _ body: some Sequence<Figure>) -> Bool {
        guard let value = f.value, value > 0 else { return false }
        return body.contains { g in
            guard g.indicator == f.indicator, g.jurisdiction == f.jurisdiction, let v = g.value, v != value, let s = g.source else { return false }
            return Self.restates(value, v) && !isInCapitals(lineAround: s.start)
        }
    }

    /// "Yên Bái: 268 sản phẩm OCOP được chứng nhận" over "Tính đến hết tháng 2/2025, Yên Bái đã … 268 sản phẩm OCOP": a
    /// headline dated only by the year repeats the body's figure, which the body dates more closely.
    private func datedOnlyByYear(_ f: Figure, _ body: some Sequence<Figure>) -> Bool {
        guard case .year(let y)? = f.period?.span else { return false }
        return body.contains { g in
            g.indicator == f.indicator && g.jurisdiction == f.jurisdiction && g.value == f.value && g.unit == f.unit
                && g.period != f.period && g.period?.endYear == y
        }
    }

    /// "Thu ngân sách 4 tháng đầu năm đạt trên 16.300 tỷ đồng" over "Lũy kế 4 tháng đầu năm 2025, … ước đạt 16.307 tỷ
    /// đồng" on a page whose clock shows another year: a headline's part of a year, its year not written, that rounds
    /// off the body's figure for the same months restates it (the body's year is the one to believe).
    private func roundsOffInAnotherYear(_ f: Figure, _ body: some Sequence<Figure>) -> Bool {
        guard let value = f.value, value > 0, let period = f.period, SentenceBinder.isPartOfYear(period) else { return false }
        return body.contains { g in
            guard g.indicator == f.indicator, g.jurisdiction == f.jurisdiction, g.unit == f.unit, let v = g.value,
                  let other = g.period, other.endYear != period.endYear else { return false }
            return SentenceBinder.sameSpan(period, inYear: other.endYear) == other && Self.restates(value, v)
        }
    }

    /// "An Giang đón khoảng 6,4 triệu lượt khách du lịch" over "Năm 2016, An Giang đón 6,4 triệu lượt khách" in a text
    /// whose lead speaks of 2017: the title, writing no year, dated by what follows it, restates the body's figure of
    /// another year (the year the body gives it is the one to believe).
    private func restatesAnotherYearUnwritten(_ f: Figure, _ body: some Sequence<Figure>) -> Bool {
        guard let value = f.value, value > 0, case .year(let y)? = f.period?.span, let span = f.source,
              let headline = line(around: span.start, longest: Self.longestPlainHeadline),
              headline.contains(titleStart),
              !String(decoding: text[headline], as: UTF8.self).contains(String(y)) else { return false }
        return body.contains { g in
            guard g.indicator == f.indicator, g.jurisdiction == f.jurisdiction, g.unit == f.unit, let v = g.value,
                  let other = g.period, other.endYear != y else { return false }
            return Self.restates(value, v)
        }
    }

    /// "Sơn La: Thêm 12 xã đạt chuẩn nông thôn mới trong năm 2021" over "… có thêm 12 xã được công nhận …": a headline's
    /// value that the body states for the same place and period under another indicator is the body's, which its
    /// whole sentence names more surely.
    private func statedUnderAnotherIndicator(_ f: Figure, _ body: some Sequence<Figure>) -> Bool {
        guard f.period != nil else { return false }
        return body.contains { g in
            g.indicator != f.indicator && g.jurisdiction == f.jurisdiction && g.value == f.value && g.unit == f.unit
                && g.period == f.period && !isPlainHeadline(lineAround: g.source?.start ?? 0)
        }
    }

    /// "Tổng mức bán lẻ hàng hóa tháng 5 tăng 1,3%" over "… tăng 1,3% so với tháng trước": a headline's change alone
    /// restates the body's change of the same figure (dated by the body, its comparison written there).
    private func repeatsChange(_ f: Figure, _ body: some Sequence<Figure>) -> Bool {
        guard let change = f.yoyPct ?? f.momPct else { return false }
        return body.contains { g in
            // ("Doanh thu bán lẻ hàng hóa tăng hơn 12%" over "… tăng 12,3%": rounded off)
            g.indicator == f.indicator && g.jurisdiction == f.jurisdiction && g.value != nil
                && [g.yoyPct, g.momPct].contains { $0.map { $0 == change || change != 0 && Self.restates(change, $0) } ?? false }
        }
    }

    /// The figures, a headline's that restates an estimate of the body (same indicator, place and period, in any
    /// scale of its unit) made an estimate.
    func settleKinds(_ figures: [Figure]) -> [Figure] {
        var settled = figures
        // (by index, the fields read in place: a loop over the figures copied each, a dozen references retained)
        for i in figures.indices where figures[i].kind == .actual {
            guard let value = figures[i].value.map({ $0 * (figures[i].unit?.baseScale ?? 1) }), value > 0, let span = figures[i].source,
                  isPlainHeadline(lineAround: span.start) else { continue }
            let restated = (i + 1 ..< figures.count).contains { j in
                guard figures[j].kind == .estimate, figures[j].indicator == figures[i].indicator, figures[j].jurisdiction == figures[i].jurisdiction,
                      figures[j].period == figures[i].period, figures[j].unit?.baseName == figures[i].unit?.baseName,
                      let v = figures[j].value.map({ $0 * (figures[j].unit?.baseScale ?? 1) }),
                      let s = figures[j].source, s.start >= span.end else { return false }
                return Self.restates(value, v)
            }
            if restated { settled[i].kind = .estimate }
        }
        return settled
    }

    /// Whether a headline's `value` is the body's `bodyValue` rounded.
    private static func restates(_ value: Double, _ bodyValue: Double) -> Bool { abs(bodyValue - value) <= tolerance * bodyValue }

    /// Whether the line holding byte `offset` is written in capitals (at least three letters, none lower-case).
    /// (Most lines have an ASCII lower-case letter: the look stops at the first, without decoding.)
    private func isInCapitals(lineAround offset: Int) -> Bool {
        guard let line = line(around: offset, longest: Self.longestHeadline, stoppingAt: Self.isASCIILower) else { return false }
        let decoded = String(decoding: text[line], as: UTF8.self)
        return decoded.count(where: \.isLetter) >= 3 && !decoded.contains(where: \.isLowercase)
    }

    /// Whether the line holding byte `offset` is short and does not end with a full stop.
    private func isPlainHeadline(lineAround offset: Int) -> Bool {
        guard var line = line(around: offset, longest: Self.longestPlainHeadline) else { return false }
        while !line.isEmpty, text[line.upperBound - 1] == UInt8(ascii: " ") || text[line.upperBound - 1] == UInt8(ascii: "\r") {
            line = line.lowerBound..<(line.upperBound - 1)
        }
        return !line.isEmpty && text[line.upperBound - 1] != UInt8(ascii: ".")
    }

    /// The bytes of the line holding byte `offset`, unless it holds more than `longest` + 1 bytes or a byte `stops`.
    private func line(around offset: Int, longest: Int, stoppingAt stops: (UInt8) -> Bool = { _ in false }) -> Range<Int>? {
        guard offset < text.count else { return nil }
        let line = lineBreaks.line(around: offset)
        // (the bound of the walk out from `offset` this replaced, kept so the answers stay the same: it gave up once
        // more than `longest` bytes lay between the line's start and the byte it was at)
        guard line.count - 1 <= longest else { return nil }
        for k in line where stops(text[k]) { return nil }
        return line
    }

    private static func isASCIILower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
