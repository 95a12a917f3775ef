import PubstatModel

/// Pipeline step 4c: when the bulletin was published, from portal header shapes
/// (`(Ngày đăng :14/12/2020 7:56:02 SA)`, `08/09/2023 - 02:45 PM`, `Thứ hai, 05/01/2026 - 08:27`,
/// `ngày 24 tháng 3 năm 2023`), from `hôm nay (21/9)`, or the archive's leading ` date YYYY-MM` line.
struct PublicationDate {
    let doc: Document
    let dates: [DateMention]

    /// The archive line's month (` date 2025-04`), when the text starts with one.
    func archiveMonth() -> YearMonth? {
        guard doc.count >= 4, doc.isWord(0, Lex.date), let y = doc.integer(1), PeriodScanner.isYear(y),
              doc.isPunct(2, "-"), let m = doc.integer(3) else { return nil }
        return YearMonth(year: y, month: m)
    }

    /// Headers sit near the top; footers' lists of related articles carry other dates.
    private var headerLimit: Int32 { 6000 }

    func find() -> CalendarDate? {
        // "Ngày đăng" labels the date outright
        for (k, t) in doc.tokens.enumerated() where t.hash == Lex.dang && doc.isWord(k - 1, Lex.ngay) {
            if let d = dates.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 3 }), let y = d.year {
                return CalendarDate(year: y, month: d.month, day: d.day)
            }
        }
        // a full date with a time of day, near the top
        for d in dates where d.year != nil && doc.tokens[d.tokens.lowerBound].start < headerLimit {
            let after = d.tokens.upperBound
            let timeFollows = (doc.isNumber(after) && doc.isPunct(after + 1, ":"))
                || (doc.isPunct(after, "-") || doc.isPunct(after, ",")) && doc.isNumber(after + 1) && doc.isPunct(after + 2, ":")
            let weekdayBefore = doc.isPunct(d.tokens.lowerBound - 1, "-") || doc.isPunct(d.tokens.lowerBound - 1, ",")
                ? doc.isWord(d.tokens.lowerBound - 3, Lex.thu) : false
            if timeFollows || weekdayBefore, let y = d.year { return CalendarDate(year: y, month: d.month, day: d.day) }
        }
        // "ngày 24 tháng 3 năm 2023" near the top
        for d in dates where d.year != nil && doc.tokens[d.tokens.lowerBound].start < headerLimit
            && doc.isWord(d.tokens.lowerBound, Lex.ngay) && doc.isWord(d.tokens.lowerBound + 2, Lex.thang) {
            return CalendarDate(year: d.year!, month: d.month, day: d.day)
        }
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

    /// The year of the first full date in the text.
    func textYear() -> Int? { dates.first { $0.year != nil }?.year }
}
