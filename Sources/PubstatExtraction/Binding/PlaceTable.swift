import PubstatModel

/// The header of a table whose rows are places and whose columns name indicators with their units:
/// "Khu vực | Tăng GRDP (%) | Thu NSNN (tỷ đồng) | Khách du lịch (nghìn lượt)", then "Huyện A | 7,2 | 3.980 | 1.050".
/// Every value column must name a catalogue indicator and end with its unit in brackets, else the line
/// is no such header. The values are over the period the text frames the table with (its caption).
struct PlaceTable: Sendable {
    struct Column: Sendable {
        /// Catalogue entries the column's cue names, in the order found.
        var entries: [Int]
        /// Where the unit in brackets starts ("tỷ" of "(tỷ đồng)").
        var unitStart: Int
        /// The column states a change ("Tăng GRDP (%)", "Tốc độ tăng (%)").
        var isChange: Bool
    }

    var columns: [Column]
    var period: Period

    static func read(_ line: Range<Int>, doc: Document, timeline: Timeline, catalogue: Catalogue) -> PlaceTable? {
        guard line.count >= 7, line.count <= 60, line.contains(where: { doc.isPunct($0, "|") }),
              line.lowerBound == 0 || doc.tokens[line.lowerBound].newlineBefore else { return nil }
        let cells = Self.cells(of: line, doc: doc)
        guard cells.count >= 3, !cells[0].contains(where: { doc.isNumber($0) }) else { return nil }
        var columns: [Column] = []
        for cell in cells.dropFirst() {
            guard let column = Self.column(cell, doc: doc, catalogue: catalogue) else { return nil }
            columns.append(column)
        }
        let framing = timeline.lastStatement(before: line.lowerBound).flatMap { timeline.resolved[$0] }
            ?? timeline.referenceYear.map { Period(.year($0)) }
        guard let period = framing else { return nil }
        return PlaceTable(columns: columns, period: period)
    }

    /// A cell naming an indicator, with its unit in brackets at its end.
    private static func column(_ cell: Range<Int>, doc: Document, catalogue: Catalogue) -> Column? {
        guard let close = cell.last, doc.isPunct(close, ")"),
              let open = cell.last(where: { doc.isPunct($0, "(") }), open + 1 < close, !cell.contains(where: { doc.isNumber($0) }) else { return nil }
        var entries: [Int] = []
        var k = cell.lowerBound
        while k < open {
            if let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: open) {
                entries.append(contentsOf: m.payload)
                k = m.end
            } else {
                k += 1
            }
        }
        guard !entries.isEmpty else { return nil }
        let isChange = (cell.lowerBound..<open).contains { doc.isWord($0, Lex.tang) }
        return Column(entries: entries, unitStart: open + 1, isChange: isChange)
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

extension SentenceBinder {
    /// A row of a ``PlaceTable``: a place (or the whole, "Toàn tỉnh") then one number per column. Each
    /// number is its column's indicator for that place, read with the column's unit. Nil when the line
    /// is no row of the table.
    mutating func bindPlaceRow(_ table: PlaceTable, scanner: QuantityScanner) -> [Figure]? {
        bound = Array(repeating: false, count: quantities.count)
        let cells = PlaceTable.cells(of: range, doc: doc)
        guard cells.count == table.columns.count + 1, !cells[0].contains(where: { doc.isNumber($0) }),
              places.contains(where: { cells[0].contains($0.tokens.lowerBound) }) || namesTheWhole(cells[0]) else { return nil }
        var figures: [Figure] = []
        for (column, cell) in zip(table.columns, cells.dropFirst()) {
            guard cell.count == 1, let token = cell.first, doc.isNumber(token) else { return nil }
            guard let quantity = scanner.quantity(at: token, unitAt: column.unitStart, unitInHeader: true) else { continue }
            guard let entry = entry(for: column, quantity: quantity) else { continue }
            var q = quantity
            q.tokens = token..<(token + 1)
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                              cueStart: range.lowerBound, cueEnd: range.lowerBound, end: token + 1)
            draft.period = table.period
            figures.append(finish(draft))
        }
        for i in quantities.indices { markBound(i) }
        return figures
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
