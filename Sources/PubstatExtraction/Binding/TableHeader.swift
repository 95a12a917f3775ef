import PubstatModel

/// The header line of a statistics table flattened to text, one row per line:
/// "Chỉ tiêu | Đơn vị | Tháng 10/2024 | 10 tháng 2024 | 10 tháng so CK (%)". Each value column is
/// a period (its numbers are the indicator over that period) or a comparison with the same period a
/// year before (its numbers are indexes, 114,2 meaning +14,2%).
struct TableHeader: Sendable {
    enum Column: Sendable, Equatable {
        /// Values over a period; `kind` `.estimate` when the header says "ước", `.plan` for "KH 2024".
        case period(Period, kind: FigureKind)
        /// Indexes against the same period a year before, of the value column at that index.
        case change(of: Int)
        /// Shares of a plan set by `authority` ("So dự toán (%)"), of the value column at that index.
        case planShare(of: Int, authority: Authority)
        /// Values that are no figure ("Chênh lệch", a difference in the unit): passed over.
        case passedOver
    }

    var columns: [Column]
    /// The cut-off dates of value columns that state one ("TH đến 30/11/2025"), by column index.
    var cutOffs: [Int: CalendarDate] = [:]
    /// Where the unit given on a line of its own above the table starts ("Đơn vị tính: Tỷ đồng"): the
    /// unit of rows that have no unit cell.
    var unitStart: Int?
    /// The growth indicator a caption above names with its rates in per cent ("Tốc độ tăng GRDP theo quý
    /// năm 2017 so với cùng kỳ năm trước (%)"): rows are growth rates, sector rows its family's.
    var growthOf: Indicator?

    /// "Tốc độ tăng GRDP … (%)": the `%` of a caption that names a growth, and the growth.
    static func growthCaption(_ line: Range<Int>, doc: Document, catalogue: Catalogue) -> (percent: Int, growth: Indicator)? {
        // (the "(%)" closes the caption: a constant-time look at most lines)
        let percent = line.upperBound - 2
        guard line.count >= 4, line.count <= 40, doc.isPunct(percent, "%"), doc.isPunct(percent - 1, "("), doc.isPunct(percent + 1, ")"),
              line.contains(where: { doc.isWord($0, Lex.tang) }) else { return nil }
        for k in line {
            guard let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: line.upperBound) else { continue }
            for entry in m.payload {
                let e = catalogue.entry(entry)
                if e.changeIsValue { return (percent, e.indicator) }
                if let growth = e.growthIndicator { return (percent, growth) }
            }
        }
        return nil
    }

    /// "Đơn vị tính: Tỷ đồng", "ĐVT: triệu USD" on a line of its own: where the unit starts.
    static func unitLine(_ line: Range<Int>, doc: Document) -> Int? {
        guard var first = line.first, line.count <= 10 else {
            // "Bảng 1. Thu NSNN năm 2019          Đơn vị: tỷ đồng": the unit closing a table's caption line
            guard line.count <= 30 else { return nil }
            for k in line where doc.isWord(k, dvt) || doc.matches(donVi, at: k) {
                if let unit = unitStatement(at: k, in: line, doc: doc), line.upperBound - unit <= 4 { return unit }
            }
            return nil
        }
        // ("(Đơn vị tính: triệu đồng)")
        if doc.isPunct(first, "(") { first += 1 }
        return unitStatement(at: first, in: line, doc: doc)
    }

    /// "Đơn vị tính:", "Đơn vị:", "ĐVT:" at `k`: the token after the colon.
    private static func unitStatement(at k: Int, in line: Range<Int>, doc: Document) -> Int? {
        var k = k
        if doc.matches(donViTinh, at: k) { k += donViTinh.count } else if doc.matches(donVi, at: k) { k += donVi.count }
        else if doc.isWord(k, dvt) { k += 1 } else { return nil }
        guard doc.isPunct(k, ":"), k + 1 < line.upperBound else { return nil }
        return k + 1
    }

    private static let donViTinh = Lex.p("đơn vị tính"), donVi = Lex.p("đơn vị"), dvt = Lex.w("ĐVT")

    /// The header `line` states, or nil when the line is not a table header (it needs two value
    /// columns, one of them a period, and no number outside its periods).
    static func read(_ line: Range<Int>, doc: Document, timeline: Timeline, catalogue: Catalogue) -> TableHeader? {
        // a header is short and states a period (one binary search, not a walk, for most lines)
        guard line.count >= 3, line.count <= 40 else { return nil }
        // a whole line of its own
        guard line.lowerBound == 0 || doc.tokens[line.lowerBound].newlineBefore,
              line.upperBound >= doc.count || doc.tokens[line.upperBound].newlineBefore else { return nil }
        let first = Timeline.partitionPoint(timeline.mentions.count) { timeline.mentions[$0].tokens.upperBound <= line.lowerBound }
        let statesPeriod = first < timeline.mentions.count && timeline.mentions[first].tokens.lowerBound < line.upperBound
        let roles = RoleColumns(line: line, doc: doc, catalogue: catalogue, timeline: timeline)
        guard statesPeriod || line.contains(where: { isYearCell($0, doc: doc) }) else {
            return roles.read(framedBy: framingPeriod(of: line, timeline: timeline))
        }
        // (a number outside the periods and dates: no header of periods; "ƯTH 2019/TH 2018 (%)" among
        // columns named by role is a ratio's)
        guard let columns = Self.periodColumns(of: line, doc: doc, timeline: timeline) else {
            return roles.namesPlanColumn() ? roles.read(framedBy: framingPeriod(of: line, timeline: timeline)) : nil
        }
        // "DT TW giao | DT HĐND tỉnh giao | TH đến 30/11/2025 | % DT TW | Ước TH năm 2025": columns named by what
        // they hold, some with a period of their own, where the periods alone do not account for every column
        if columns.count != roles.valueCellCount(), roles.namesPlanColumn(),
           let header = roles.read(framedBy: framingPeriod(of: line, timeline: timeline)) {
            return header
        }
        let periods = columns.filter { if case .period = $0 { true } else { false } }.count
        // "DT TW giao | DT HĐND giao | Ước TH 2019 | So DT HĐND (%)": one period among plan columns is read by their roles
        if periods == 1, let header = roles.read(framedBy: framingPeriod(of: line, timeline: timeline)) {
            return header
        }
        guard columns.count >= 2, periods >= 1 else { return nil }
        return TableHeader(columns: columns)
    }

    /// The columns a header's periods give ("Tháng 10/2024 | 10 tháng 2024 | 10 tháng so CK (%)"), or nil when
    /// a number outside its periods shows the line is no header.
    private static func periodColumns(of line: Range<Int>, doc: Document, timeline: Timeline) -> [Column]? {
        var columns: [Column] = []
        var year = timeline.referenceYear
        var k = line.lowerBound
        while k < line.upperBound {
            if doc.isPunct(k - 1, "|"), let of = columns.lastIndex(where: { if case .period = $0 { true } else { false } }),
               let (end, percent) = comparisonCell(at: k, in: line, doc: doc) {
                // "Tăng/giảm (%)", "Tăng (%)", "So sánh (%)", "Tỷ lệ (%)" after the periods: the last one's index or
                // change, or its share of the plan column before it; "Chênh lệch" (a difference): no figure
                let planned = columns.contains { if case .period(_, .plan) = $0 { true } else { false } }
                if !percent {
                    columns.append(.passedOver)
                } else if planned, case .period(_, let kind) = columns[of], kind != .plan {
                    columns.append(.planShare(of: of, authority: .plan))
                } else if doc.matches(Lex.tyLe, at: k) {
                    return nil
                } else {
                    columns.append(.change(of: of))
                }
                k = end
            } else if let of = yearOnYearColumn(at: k, columns: columns, doc: doc) {
                // "2014/2013 (%)": the index of the 2014 column on the year before
                columns.append(.change(of: of))
                while k < line.upperBound, !doc.isPunct(k, "|") { k += 1 }
            } else if let m = timeline.ownMention(at: k) ?? timeline.anyMention(startingAt: k), let period = timeline.resolved[m] {
                // (in a header even a plan's period is a column's: "Kế hoạch năm 2024")
                year = period.endYear
                let end = timeline.mentions[m].tokens.upperBound
                k = column(for: period, endingAt: end, start: k, in: line, doc: doc, into: &columns)
            } else if let n = doc.integer(k), (2...12).contains(n), doc.isWord(k + 1, Lex.thang) {
                // "10 tháng 2024", "10 tháng so CK (%)": months with their year, or the year the columns before gave
                var end = k + 2
                if doc.isWord(end, Lex.nam) { end += 1 }
                if let y = doc.integer(end), PeriodScanner.isYear(y), doc.bytes(end).count == 4 { year = y; end += 1 } else { end = k + 2 }
                guard let period = PeriodShape.firstMonths(n, year: nil).resolve(year: year) else { return nil }
                k = column(for: period, endingAt: end, start: k, in: line, doc: doc, into: &columns)
            } else if doc.isWord(k, Lex.so), let last = columns.lastIndex(where: { if case .period = $0 { true } else { false } }) {
                // "So cùng kỳ (%)" on its own: the column before it, a year later
                columns.append(.change(of: last))
                k = comparisonEnd(after: k, in: line, doc: doc)
            } else if isYearCell(k, doc: doc), let y = doc.integer(k) {
                // "Chỉ tiêu | 2021 | 2022 | KH 2024": a year alone in its cell, a plan's after "KH" / "kế hoạch"
                let plan = doc.isWord(k - 1, Lex.kh) || doc.matchesBefore(Lex.keHoach, k)
                let estimate = estimated(before: k, in: line, doc: doc)
                columns.append(.period(Period(.year(y)), kind: plan ? .plan : estimate ? .estimate : .actual))
                year = y
                k += 1
            } else if doc.isPunct(line.lowerBound, "|") || doc.isPunct(line.upperBound - 1, "|"),
                      let date = timeline.dates.first(where: { $0.tokens.lowerBound == k }) {
                // "| TH đến 30/11/2025 |": a cut-off date in a cell is no stray number (a line of prose with a date is no header)
                k = date.tokens.upperBound
            } else if doc.isNumber(k) {
                return nil
            } else {
                k += 1
            }
        }
        return columns
    }

    /// The period the text states last before `line` (a table's caption: "Kết quả thu ngân sách năm 2022"),
    /// else the bulletin's year.
    private static func framingPeriod(of line: Range<Int>, timeline: Timeline) -> Period? {
        if let k = timeline.lastStatement(before: line.lowerBound), let p = timeline.resolved[k] { return p }
        return timeline.referenceYear.map { Period(.year($0)) }
    }

    /// Adds the column of a period mention ending at `end`, a comparison when "so" follows it.
    private static func column(for period: Period, endingAt end: Int, start: Int, in line: Range<Int>, doc: Document,
                               into columns: inout [Column]) -> Int {
        // "Quý III (ước)": the estimate mark after the period
        if doc.isPunct(end, "("), doc.isWord(end + 1, uoc), doc.isPunct(end + 2, ")") {
            columns.append(.period(period, kind: .estimate))
            return end + 3
        }
        let estimate = estimated(before: start, in: line, doc: doc)
        // "Kế hoạch năm 2024", "Dự toán năm 2024": the plan's column
        if planned(before: start, in: line, doc: doc) {
            columns.append(.period(period, kind: .plan))
            return end
        }
        if (end..<max(end, min(end + 2, line.upperBound))).contains(where: { doc.isWord($0, Lex.so) }) {
            // "Tháng 10 | 10 tháng | 10 tháng so CK (%)" repeats a period to compare it; "9 tháng 2024 | So
            // cùng kỳ (%)" states it, and the comparison is the next column
            let of: Int
            if let same = columns.lastIndex(where: { if case .period(let p, _) = $0 { p == period } else { false } }) {
                of = same
            } else {
                columns.append(.period(period, kind: estimate ? .estimate : .actual))
                of = columns.count - 1
            }
            columns.append(.change(of: of))
            let so = (end..<max(end, line.upperBound)).first { doc.isWord($0, Lex.so) } ?? end
            return comparisonEnd(after: so, in: line, doc: doc)
        }
        columns.append(.period(period, kind: estimate ? .estimate : .actual))
        return end
    }

    /// Where a cell that compares the value columns before it ends, and whether it is in per cent: "Tăng/giảm
    /// (%)", "Tăng (%)", "So sánh (%)", "Tốc độ tăng (%)", "Tỷ lệ (%)", "Chênh lệch" (no number, no plan named);
    /// nil for other cells.
    private static func comparisonCell(at k: Int, in line: Range<Int>, doc: Document) -> (end: Int, percent: Bool)? {
        guard doc.isWord(k, Lex.tang) || doc.isWord(k, Lex.giam) || doc.matches(soSanh, at: k) || doc.matches(tocDo, at: k)
                || doc.matches(Lex.tyLe, at: k) || doc.matches(chenhLech, at: k) else { return nil }
        var end = k
        while end < line.upperBound, !doc.isPunct(end, "|") {
            if doc.isNumber(end) || doc.isWord(end, Lex.kh) || doc.matches(Lex.keHoach, at: end) || doc.matches(Lex.duToan, at: end) { return nil }
            end += 1
        }
        return (end, (k..<end).contains { doc.isPunct($0, "%") })
    }

    private static let soSanh = Lex.p("so sánh"), tocDo = Lex.p("tốc độ"), chenhLech = Lex.p("chênh lệch")

    /// The value column a cell "2014/2013 (%)" (or "ƯTH 2014/TH 2013", "2014 so 2013") at `k` compares with the year
    /// before: the column of the first year, when the second is the year before it.
    private static func yearOnYearColumn(at k: Int, columns: [Column], doc: Document) -> Int? {
        // ("2024 so 2023 (%)", "ƯTH 2024 so TH 2023 (%)" likewise)
        guard doc.bytes(k).count == 4, let y = doc.integer(k), PeriodScanner.isYear(y), doc.isPunct(k + 1, "/") || doc.isWord(k + 1, Lex.so) else { return nil }
        var base = k + 2
        if doc.isWord(base, th) || doc.isWord(base, uth) { base += 1 }
        guard doc.integer(base) == y - 1, doc.bytes(base).count == 4 else { return nil }
        return columns.lastIndex { if case .period(let p, _) = $0 { p.span == .year(y) } else { false } }
    }

    /// "Kế hoạch năm 2024", "KH năm 2024", "Dự toán năm 2024": a plan's name opening the period's cell.
    private static func planned(before start: Int, in line: Range<Int>, doc: Document) -> Bool {
        var k = start - 1
        while k >= max(line.lowerBound, start - 4), !doc.isPunct(k, "|") {
            if doc.isPunct(k - 1, "|"), doc.isWord(k, Lex.kh) || doc.matches(Lex.keHoach, at: k) || doc.matches(Lex.duToan, at: k) { return true }
            k -= 1
        }
        return false
    }

    /// "Ước 2024", "Ước tính năm 2024", "Ước thực hiện năm 2024": "ước" in the period's cell before it.
    private static func estimated(before start: Int, in line: Range<Int>, doc: Document) -> Bool {
        var k = start - 1
        while k >= max(line.lowerBound, start - 4), !doc.isPunct(k, "|") {
            if doc.isWord(k, uoc) || doc.isWord(k, uth) { return true }
            k -= 1
        }
        return false
    }

    /// A four-digit year standing alone between cell separators ("| 2022 |"), not part of a period phrase.
    static func isYearCell(_ k: Int, doc: Document) -> Bool {
        guard doc.isNumber(k), doc.bytes(k).count == 4, let y = doc.integer(k), PeriodScanner.isYear(y) else { return false }
        // ("Sơ bộ 2018": a yearbook's preliminary figures; "Thực hiện 2021", "Ước TH 2022": done, or estimated to be)
        let before = doc.isPunct(k - 1, "|") || doc.isWord(k - 1, Lex.kh) || doc.isWord(k - 1, uoc) || doc.isWord(k - 1, uth) || doc.matchesBefore(Lex.keHoach, k)
            || doc.matchesBefore(soBo, k) || doc.matchesBefore(thucHien, k) || doc.isWord(k - 1, th)
        return before && (k + 1 >= doc.count || doc.isPunct(k + 1, "|") || doc.tokens[k + 1].newlineBefore)
    }

    /// Past "so (với) cùng kỳ / CK (%)".
    private static func comparisonEnd(after so: Int, in line: Range<Int>, doc: Document) -> Int {
        var k = so + 1
        // "So với năm 2023 (%)", "2024 so 2023 (%)", "ƯTH 2024 so TH 2023 (%)": the year compared with is part of
        // the comparison, not a column
        if doc.isWord(k, Lex.voi) { k += 1 }
        if doc.isWord(k, th) || doc.isWord(k, uth) { k += 1 } else if doc.matches(thucHien, at: k) { k += thucHien.count }
        if doc.isWord(k, Lex.nam), let y = doc.integer(k + 1), PeriodScanner.isYear(y) { k += 2 }
        else if let y = doc.integer(k), PeriodScanner.isYear(y), doc.bytes(k).count == 4 { k += 1 }
        while k < line.upperBound, !doc.isNumber(k), timeline(doc, startsPeriodAt: k) == false {
            if doc.isPunct(k, ")") { return k + 1 }
            if doc.isWord(k, Lex.so) { return k }
            k += 1
        }
        return k
    }

    /// A word that opens the next column's period ("Tháng", "Quý", "Năm"): the comparison ends before it.
    private static func timeline(_ doc: Document, startsPeriodAt k: Int) -> Bool {
        doc.isWord(k, Lex.thang) || doc.isWord(k, Lex.quy) || doc.isWord(k, Lex.nam) || doc.isWord(k, uoc)
    }

    private static let uoc = Lex.w("ước"), soBo = Lex.p("sơ bộ"), thucHien = Lex.p("thực hiện"), th = Lex.w("TH"), uth = Lex.w("ƯTH")
}
