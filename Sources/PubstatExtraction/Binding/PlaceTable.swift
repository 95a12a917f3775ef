import PubstatModel

/// The header of a table whose rows are places, or periods, and whose columns name indicators with their units:
/// "Khu vực | Tăng GRDP (%) | Thu NSNN (tỷ đồng) | Khách du lịch (nghìn lượt)", then "Huyện A | 7,2 | 3.980 | 1.050";
/// "Quý | Xuất khẩu | Nhập khẩu | Xuất khẩu so cùng kỳ (%)" under "Đơn vị: triệu USD", then "Quý I | 7.842 | 6.915 | 108,2".
/// Every value column must name a catalogue indicator and end with its unit in brackets (or take the unit
/// line above the table), else the line is no such header. A place row's values are over the period the text
/// frames the table with (its caption); a period row's over its own period.
struct PlaceTable: Sendable {
    struct Column: Sendable {
        /// Catalogue entries the column's cue names, in the order found.
        var entries: [Int]
        /// Where the unit starts: in the column's brackets ("tỷ" of "(tỷ đồng)"), else on the unit line.
        var unitStart: Int
        /// The column states a change ("Tăng GRDP (%)", "Tốc độ tăng (%)").
        var isChange: Bool
        /// The column holds indexes against the same period a year before of an earlier column's
        /// indicator ("Xuất khẩu so cùng kỳ (%)": 108,2 is +8,2 % for the exports column).
        var indexOf: Int?

        /// A column that names no indicator ("Tổng số hộ", "Số hộ cận nghèo"): its values are passed over.
        static let passedOver = Column(entries: [], unitStart: -1, isChange: false)
    }

    var columns: [Column]
    /// "STT | Đơn vị | …": an item number's column comes before the places'.
    var numbered = false
    var period: Period
    /// The rows are periods ("Quý", "Tháng" heading the first column), each its values' own.
    var rowsArePeriods = false
    /// What a bare row label counts under a "Tháng", "Quý" or "Năm" head: "1" … "12" months, "I" … "IV"
    /// quarters, "2019" years.
    var rowNumbers: RowNumbers?

    enum RowNumbers: Sendable { case months, quarters, years }

    /// - Parameter unitLine: where the unit of a line of its own above the table starts ("Đơn vị: triệu USD").
    static func read(_ line: Range<Int>, doc: Document, timeline: Timeline, catalogue: Catalogue, unitLine: Int? = nil) -> PlaceTable? {
        guard line.count >= 7, line.count <= 60, line.contains(where: { doc.isPunct($0, "|") }),
              line.lowerBound == 0 || doc.tokens[line.lowerBound].newlineBefore else { return nil }
        let cells = Self.cells(of: line, doc: doc)
        guard cells.count >= 3, !cells[0].contains(where: { doc.isNumber($0) }) else { return nil }
        let numbered = cells[0].count == 1 && doc.isWord(cells[0].lowerBound, Self.stt)
        var columns: [Column] = []
        for cell in cells.dropFirst(numbered ? 2 : 1) {
            // (a column naming no indicator, with no number in its name, is passed over when others name one)
            guard let column = Self.column(cell, doc: doc, catalogue: catalogue, unitLine: unitLine, before: columns) else {
                // ("Giảm so với cuối năm 2013 (điểm %)": a year in a name passed over is no value)
                guard !cell.contains(where: { doc.isNumber($0) && !doc.isWord($0 - 1, Lex.nam) }),
                      !Self.namesPeriodOrRole(cell, doc: doc) else { return nil }
                columns.append(.passedOver)
                continue
            }
            columns.append(column)
        }
        guard columns.contains(where: { !$0.entries.isEmpty }) else { return nil }
        let framing = framingPeriod(before: line.lowerBound, doc: doc, timeline: timeline, catalogue: catalogue)
            ?? timeline.referenceYear.map { Period(.year($0)) }
        guard let period = framing else { return nil }
        let rowsArePeriods = cells[0].count <= 2 && Self.periodHeads.contains { doc.isWord(cells[0].lowerBound, $0) }
        let rowNumbers: RowNumbers? = cells[0].count != 1 ? nil
            : doc.isWord(cells[0].lowerBound, Lex.thang) ? .months : doc.isWord(cells[0].lowerBound, Lex.quy) ? .quarters
            : doc.isWord(cells[0].lowerBound, Lex.nam) ? .years : nil
        return PlaceTable(columns: columns, numbered: numbered, period: period, rowsArePeriods: rowsArePeriods, rowNumbers: rowNumbers)
    }

    /// A cell that names a period or a plan ("Năm 2024", "Dự toán", "Ước TH"): a table of periods or roles,
    /// whose header is read elsewhere.
    private static func namesPeriodOrRole(_ cell: Range<Int>, doc: Document) -> Bool {
        cell.contains { k in
            doc.isWord(k, Lex.nam) && !doc.isWord(k - 1, Lex.cuoi) || doc.isWord(k, Lex.quy) || doc.isWord(k, Lex.thang) || doc.isWord(k, Lex.kh)
                || doc.matches(Lex.duToan, at: k) || doc.matches(Lex.keHoach, at: k) || doc.isWord(k, uoc)
        }
    }

    private static let stt = Lex.w("STT"), uoc = Lex.w("ước")

    /// The period stated last before the table, past sentences that set a goal ("Năm 2015, tỉnh phấn đấu
    /// giảm …" right before a table of the year's results).
    private static func framingPeriod(before t: Int, doc: Document, timeline: Timeline, catalogue: Catalogue) -> Period? {
        var t = t
        for _ in 0..<4 {
            guard let j = timeline.lastStatement(before: t) else { return nil }
            let start = timeline.mentions[j].tokens.lowerBound
            let sentence = doc.sentences[doc.sentenceIndex(of: start)]
            if !sentence.contains(where: { catalogue.targetWords.longestMatch(in: doc.tokens, at: $0, limit: sentence.upperBound) != nil }) {
                return timeline.resolved[j]
            }
            t = start
        }
        return nil
    }

    /// Words heading a column of periods: "Quý", "Tháng", "Năm", "Kỳ".
    private static let periodHeads = [Lex.quy, Lex.thang, Lex.nam, Lex.w("kỳ")]

    /// A cell naming an indicator, with its unit in brackets at its end (or the table's unit line).
    private static func column(_ cell: Range<Int>, doc: Document, catalogue: Catalogue, unitLine: Int?, before: [Column]) -> Column? {
        guard !cell.contains(where: { doc.isNumber($0) }) else { return nil }
        let bracket: (open: Int, close: Int)?
        if let close = cell.last, doc.isPunct(close, ")"), let open = cell.last(where: { doc.isPunct($0, "(") }), open + 1 < close {
            bracket = (open, close)
        } else {
            bracket = nil
        }
        guard let unitStart = bracket.map({ $0.open + 1 }) ?? unitLine else { return nil }
        let nameEnd = bracket?.open ?? cell.upperBound
        // "Xuất khẩu so cùng kỳ (%)": the indicator named before "so" is compared with a year before
        let so = (cell.lowerBound..<nameEnd).first { doc.isWord($0, Lex.so) }
        var entries: [Int] = []
        var k = cell.lowerBound
        while k < (so ?? nameEnd) {
            if let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: so ?? nameEnd) {
                entries.append(contentsOf: m.payload)
                k = m.end
            } else {
                k += 1
            }
        }
        // "Tháng | Lượt khách | So với cùng kỳ (%)": a comparison column naming no indicator indexes the value column before it
        if entries.isEmpty, so == cell.lowerBound, doc.isPunct(unitStart, "%"),
           doc.matches(Lex.cungKy, at: so! + 1) || doc.matches(Lex.cungKy, at: so! + 2),
           let of = before.lastIndex(where: { !$0.entries.isEmpty && $0.indexOf == nil }) {
            return Column(entries: before[of].entries, unitStart: unitStart, isChange: false, indexOf: of)
        }
        guard !entries.isEmpty else { return nil }
        if let so {
            guard doc.isPunct(unitStart, "%"), doc.matches(Lex.cungKy, at: so + 1) || doc.matches(Lex.cungKy, at: so + 2),
                  let of = before.firstIndex(where: { !$0.entries.filter(entries.contains).isEmpty && $0.indexOf == nil }) else { return nil }
            return Column(entries: entries, unitStart: unitStart, isChange: false, indexOf: of)
        }
        let isChange = (cell.lowerBound..<nameEnd).contains { doc.isWord($0, Lex.tang) }
        return Column(entries: entries, unitStart: unitStart, isChange: isChange)
    }

    /// The cells of a line, split at "|" (empty cells dropped).
    static func cells(of line: Range<Int>, doc: Document) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for k in line where doc.isPunct(k, "|") {
            if start < k { cells.append(start..<k) }
            start = k + 1
        }
        if start < line.upperBound { cells.append(start..<line.upperBound) }
        return cells
    }
}

extension PlaceTable {
    /// The period a bare row label numbers ("7" under "Tháng", "III" under "Quý") in the table's year, or the
    /// year it is ("2019" under "Năm").
    func numberedPeriod(_ label: Range<Int>, doc: Document) -> Period? {
        guard let rowNumbers, label.count == 1 else { return nil }
        let year = period.endYear
        switch rowNumbers {
        case .months:
            guard doc.isNumber(label.lowerBound), let n = doc.integer(label.lowerBound), let month = YearMonth(year: year, month: n) else { return nil }
            return Period(.month(month))
        case .quarters:
            guard let q = Self.romanQuarters.firstIndex(where: { doc.isWord(label.lowerBound, $0) }) else { return nil }
            return Period(.quarter(year: year, quarter: q + 1))
        case .years:
            guard let y = doc.integer(label.lowerBound), PeriodScanner.isYear(y), doc.bytes(label.lowerBound).count == 4 else { return nil }
            return Period(.year(y))
        }
    }

    private static let romanQuarters = ["I", "II", "III", "IV"].map { Lex.w($0) }
}

extension SentenceBinder {
    /// A row of a ``PlaceTable``: a place (or the whole, "Toàn tỉnh") then one number per column. Each
    /// number is its column's indicator for that place, read with the column's unit. Nil when the line
    /// is no row of the table.
    mutating func bindPlaceRow(_ table: PlaceTable, scanner: QuantityScanner) -> [Figure]? {
        bound = Array(repeating: false, count: quantities.count)
        var cells = PlaceTable.cells(of: range, doc: doc)
        // ("3 | Huyện Phong Thổ | …" under "STT": the item number is no value; the whole's row may have none)
        if table.numbered, cells.count == table.columns.count + 2, cells[0].count == 1, doc.isNumber(cells[0].lowerBound) {
            cells.removeFirst()
        }
        guard cells.count == table.columns.count + 1 else { return nil }
        let period: Period
        if let numbered = table.numberedPeriod(cells[0], doc: doc) {
            // "1 | 486,2 | 104,6" under "Tháng": January of the table's year
            period = numbered
        } else if cells[0].contains(where: { doc.isNumber($0) }) {
            return nil
        } else if table.rowsArePeriods {
            // "Quý I", "Tháng 12", "Cả năm": the row's own period
            guard let own = timeline.mentions.indices.first(where: { cells[0].contains(timeline.mentions[$0].tokens.lowerBound) }),
                  let resolved = timeline.resolved[own] else { return nil }
            period = resolved
        } else {
            guard places.contains(where: { cells[0].contains($0.tokens.lowerBound) }) || namesTheWhole(cells[0]) else { return nil }
            period = table.period
        }
        var drafts: [Draft?] = []
        for (column, cell) in zip(table.columns, cells.dropFirst()) {
            guard cell.count == 1, let token = cell.first, doc.isNumber(token) else {
                // ("| - |": no value in this row's cell)
                guard cell.count == 1, let dash = cell.first, doc.isPunct(dash, "-") else { return nil }
                drafts.append(nil)
                continue
            }
            if column.entries.isEmpty {
                drafts.append(nil)
                continue
            }
            if let of = column.indexOf {
                // an index against a year before belongs to its column's figure
                if let index = doc.number(token), (50...300).contains(index), drafts.indices.contains(of), drafts[of] != nil {
                    drafts[of]!.changes.append((((index - 100) * 1e6).rounded() / 1e6, .previousYear, false))
                }
                drafts.append(nil)
                continue
            }
            guard let quantity = scanner.quantity(at: token, unitAt: column.unitStart, unitInHeader: true),
                  let entry = entry(for: column, quantity: quantity) else {
                drafts.append(nil)
                continue
            }
            var q = quantity
            q.tokens = token..<(token + 1)
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                              cueStart: range.lowerBound, cueEnd: range.lowerBound, end: token + 1)
            draft.period = period
            drafts.append(draft)
        }
        for i in quantities.indices { markBound(i) }
        return drafts.compactMap { $0.map(finish) }
    }

    /// The column's indicator for a value in its unit: a cue that takes the unit, else the growth of one
    /// that does not ("Tăng GRDP (%)").
    private func entry(for column: PlaceTable.Column, quantity: Quantity) -> Int? {
        if let entry = column.entries.first(where: { compatible(quantity, $0) }) { return entry }
        guard column.isChange, quantity.unitClass == .percent,
              let growth = column.entries.lazy.compactMap({ catalogue.entry($0).growthIndicator }).first else { return nil }
        return catalogue.entries.firstIndex { $0.indicator == growth }
    }

    /// "Toàn tỉnh", "Cả nước", "Tổng số": the row of the whole the places make up.
    private func namesTheWhole(_ cell: Range<Int>) -> Bool {
        cell.contains { k in Self.wholeWords.contains { doc.matches($0, at: k) } }
    }

    private static let wholeWords = [Lex.p("toàn tỉnh"), Lex.p("toàn thành phố"), Lex.p("cả nước"), Lex.p("tổng số"), Lex.p("toàn vùng")]
}
