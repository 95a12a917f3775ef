import PubstatModel

/// Pipeline step 4c: when the bulletin was published, from portal header shapes
/// (`(Ngày đăng :14/12/2020 7:56:02 SA)`, `08/09/2023 - 02:45 PM`, `Thứ hai, 05/01/2026 - 08:27`,
/// `ngày 24 tháng 3 năm 2023`), from a date line among the first lines (`Cập nhật: Thứ 5, 09/08/2018 |
/// 06:52`, `Bình Nguyên 07/12/2016 09:10`, `2023-01-27 17:34`), from `hôm nay (21/9)`, or the archive's
/// leading ` date YYYY-MM` (a month) or ` date YYYY-MM-DD` (a day) line.
struct PublicationDate {
    let doc: Document
    let dates: [DateMention]

    /// `doc` and its dates, less a portal's clock ("Hôm nay, Thứ hai ngày 10/08/2020" heading the page), which says
    /// when the page was read, and the stamps of other articles listed after it ("Có thể bạn quan tâm … 19:00,
    /// 16/06/2020"), neither of which says when the article was written.
    init(doc: Document, dates: [DateMention]) {
        self.doc = doc
        articleEnd = RelatedNews(doc: doc).start ?? doc.count
        self.dates = dates.filter { [articleEnd] in $0.tokens.lowerBound < articleEnd && !Self.isPageClock($0, in: doc) }
    }

    /// Where the list of other articles starts (the text's end when there is none).
    private let articleEnd: Int

    /// Whether the line of date `d` is a page's clock, holding nothing but a weekday and "ngày" before it.
    private static func isPageClock(_ d: DateMention, in doc: Document) -> Bool {
        var start = d.tokens.lowerBound
        while start > 0, !doc.tokens[start].newlineBefore { start -= 1 }
        guard opensPageClock(start, in: doc), d.tokens.lowerBound - start <= 7 else { return false }
        return !(start + 2..<d.tokens.lowerBound).contains { doc.isNumber($0) }
    }

    /// Whether the line starting at token `k` opens with "Hôm nay", as a page's clock does.
    private static func opensPageClock(_ k: Int, in doc: Document) -> Bool {
        doc.isWord(k, Lex.hom) && doc.isWord(k + 1, Lex.nay)
    }

    /// The archive line's month (` date 2025-04`), when the text starts with one.
    func archiveMonth() -> YearMonth? {
        guard doc.count >= 4, doc.isWord(0, Lex.date), let y = doc.integer(1), PeriodScanner.isYear(y),
              doc.isPunct(2, "-"), let m = doc.integer(3) else { return nil }
        return YearMonth(year: y, month: m)
    }

    /// The first token after the archive line's date (0 when the text starts with none): "date 2024-12 Du khách thứ
    /// 10 triệu …" counts no "12 khách".
    func archiveDateEnd() -> Int {
        guard archiveMonth() != nil else { return 0 }
        return archiveDay() != nil ? 6 : 4
    }

    /// The month an official text was signed in, from its signing line ("Vị Thanh, tháng 10 năm 2020"):
    /// a place, a comma and a month with its year, on a line of its own.
    func signedMonth() -> YearMonth? {
        for k in doc.tokens.indices where doc.isWord(k, Lex.thang) && doc.isPunct(k - 1, ",") {
            guard let m = doc.integer(k + 1), doc.isWord(k + 2, Lex.nam), let y = doc.integer(k + 3), PeriodScanner.isYear(y),
                  k + 4 == doc.count || doc.tokens[k + 4].newlineBefore else { continue }
            var start = k - 1
            while start > 0, !doc.tokens[start].newlineBefore { start -= 1 }
            guard (start..<k - 1).count <= 4, (start..<k - 1).allSatisfy({ doc.tokens[$0].kind == .word && doc.isCapitalised($0) }) else { continue }
            return YearMonth(year: y, month: m)
        }
        return nil
    }

    /// The archive line's day (` date 2025-10-08`), when the text starts with one that names a day.
    func archiveDay() -> CalendarDate? {
        guard let month = archiveMonth(), doc.isPunct(4, "-"), let d = doc.integer(5), !doc.isPunct(6, "-") else { return nil }
        return CalendarDate(year: month.year, month: month.month, day: d)
    }

    /// Headers sit near the top; footers' lists of related articles carry other dates.
    private var headerLimit: Int32 { 6000 }

    func find() -> CalendarDate? {
        // "Ngày đăng" (or "Đăng ngày") labels the date outright
        for (k, t) in doc.tokens.enumerated() where t.hash == Lex.dang && doc.isWord(k - 1, Lex.ngay)
            || t.hash == Lex.ngay && doc.isWord(k - 1, Lex.dang) {
            if let d = dates.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 3 }), let y = d.year {
                return CalendarDate(year: y, month: d.month, day: d.day)
            }
        }
        // a full date with a time of day, near the top; among the first lines a timestamp wins
        // over a weekday-only date above it (a portal's "today" in its header carries no time)
        let firstLinesEnd = tokenStartingLine(Self.datelineLines)
        var weekdayOnly: CalendarDate?
        for (n, d) in dates.enumerated() where d.year != nil && doc.tokens[d.tokens.lowerBound].start < headerLimit {
            let weekdayBefore = doc.isPunct(d.tokens.lowerBound - 1, "-") || doc.isPunct(d.tokens.lowerBound - 1, ",")
                ? doc.isWord(d.tokens.lowerBound - 3, Lex.thu) || doc.matches(Self.chuNhat, at: d.tokens.lowerBound - 3) : false
            guard let y = d.year, let date = CalendarDate(year: y, month: d.month, day: d.day) else { continue }
            let inFirstLines = d.tokens.lowerBound < firstLinesEnd
            if timeFollows(d) {
                guard inFirstLines else { return weekdayOnly ?? date }
                return earlierStamp(after: n, below: d, within: firstLinesEnd).map { min($0, date) } ?? date
            }
            if weekdayBefore {
                if !inFirstLines { return weekdayOnly ?? date }
                weekdayOnly = weekdayOnly ?? date
            }
        }
        if let weekdayOnly { return weekdayOnly }
        // "ngày 24 tháng 3 năm 2023" near the top
        for d in dates where d.year != nil && doc.tokens[d.tokens.lowerBound].start < headerLimit
            && doc.isWord(d.tokens.lowerBound, Lex.ngay) && doc.isWord(d.tokens.lowerBound + 2, Lex.thang) {
            return CalendarDate(year: d.year!, month: d.month, day: d.day)
        }
        if let d = datelineDate() { return d }
        // "hôm nay (21/9)": the year from the text's own full dates
        for (k, t) in doc.tokens.enumerated() where t.hash == Lex.nay && doc.isWord(k - 1, Lex.hom) {
            var j = k + 1
            if doc.isPunct(j, "(") { j += 1 }
            if let day = doc.integer(j), doc.isPunct(j + 1, "/"), let month = doc.integer(j + 2),
               let year = doc.isPunct(j + 3, "/") ? doc.integer(j + 4) : textYear() {
                return CalendarDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// A time of day right after the date: `12/3/2024 09:15`, `12/3/2024 - 09:15`, `12/3/2024, 09:15`, `12/3/2024 | 09:15`.
    private func timeFollows(_ d: DateMention) -> Bool {
        let after = d.tokens.upperBound
        return (doc.isNumber(after) && doc.isPunct(after + 1, ":"))
            || (doc.isPunct(after, "-") || doc.isPunct(after, ",") || doc.isPunct(after, "|")) && doc.isNumber(after + 1) && doc.isPunct(after + 2, ":")
    }

    /// Two timestamps among the header's first lines ("Thứ hai, 25/11/2024 01:11" over "Thứ bảy, 26/11/2022 19:11", or
    /// a page clock "Thứ 3, 29/11/2022, 07:29" above the headline and its "Thứ 5, 22/09/2022 | 19:53:47"): a page clock
    /// shows when the page was read, an update comes after the posting, so the earlier is the posting. The date of the
    /// next date found after `stamp`, when it carries a time too and starts before token `limit`.
    private func earlierStamp(after n: Int, below stamp: DateMention, within limit: Int) -> CalendarDate? {
        guard n + 1 < dates.count, case let next = dates[n + 1], let y = next.year, timeFollows(next),
              next.tokens.lowerBound < limit else { return nil }
        return CalendarDate(year: y, month: next.month, day: next.day)
    }

    /// Sunday, the weekday not written "Thứ …".
    private static let chuNhat = Lex.p("chủ nhật")

    /// Lines looked at for a date line, and the most words such a line has besides its date
    /// (a weekday, "Cập nhật", "Ngày đăng", a byline, a section name).
    private static let datelineLines = 15
    private static let datelineWords = 8

    /// The first full date on a line of few words among the first lines: `Thứ Ba, 12/3/2024`,
    /// `12-03-2024 09:15`, `Cập nhật: 12.03.2024`, `2024-03-12 17:34`, `Ngày 12 tháng 3 năm 2024`.
    /// A line with more words is a sentence, whose dates are what it reports.
    func datelineDate() -> CalendarDate? {
        var k = 0
        var line = 0
        while k < articleEnd, line < Self.datelineLines, doc.tokens[k].start < headerLimit {
            var end = k + 1
            while end < doc.count, !doc.tokens[end].newlineBefore { end += 1 }
            defer { k = end; line += 1 }
            let words = (k..<end).reduce(0) { $0 + (doc.tokens[$1].kind == .word ? 1 : 0) }
            // an archive line (` date 2025-04 …`) carries the headline after it
            guard words <= Self.datelineWords + (doc.isWord(k, Lex.date) ? 1 : 0),
                  !Self.opensPageClock(k, in: doc) else { continue }
            for j in k..<end {
                if let d = numericDate(at: j, limit: end) { return d }
            }
            if let d = dates.first(where: { $0.year != nil && $0.tokens.lowerBound >= k && $0.tokens.upperBound <= end }) {
                return CalendarDate(year: d.year!, month: d.month, day: d.day)
            }
        }
        return nil
    }

    /// The index of the first token of line `n` (0-based), or the token count.
    private func tokenStartingLine(_ n: Int) -> Int {
        var line = 0
        for k in 1..<max(doc.count, 1) where doc.tokens[k].newlineBefore {
            line += 1
            if line == n { return k }
        }
        return doc.count
    }

    /// `d/m/yyyy`, `d-m-yyyy`, `yyyy-mm-dd` (three numbers and the same separator twice), or
    /// `d.m.yyyy` (one number token), starting at token `j`.
    private func numericDate(at j: Int, limit: Int) -> CalendarDate? {
        if j + 4 < limit, let a = doc.integer(j), let b = doc.integer(j + 2), let c = doc.integer(j + 4),
           let sep = [Unicode.Scalar("/"), "-"].first(where: { doc.isPunct(j + 1, $0) }), doc.isPunct(j + 3, sep) {
            if PeriodScanner.isYear(a), doc.bytes(j).count == 4 { return CalendarDate(year: a, month: b, day: c) }
            if PeriodScanner.isYear(c), doc.bytes(j + 4).count == 4 { return CalendarDate(year: c, month: b, day: a) }
            return nil
        }
        guard doc.isNumber(j) else { return nil }
        let parts = doc.bytes(j).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let d = Int(String(decoding: parts[0], as: UTF8.self)), let m = Int(String(decoding: parts[1], as: UTF8.self)),
              let y = Int(String(decoding: parts[2], as: UTF8.self)), PeriodScanner.isYear(y) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// The year of the first full date in the text.
    func textYear() -> Int? { dates.first { $0.year != nil }?.year }
}
