import PubstatModel

/// A table flattened one cell per line with a column per year, as a portal page leaves a small yearbook table:
/// the title ("Bảng: Tăng trưởng GDP tỉnh … (Giai đoạn 2006 - 2011)") and unit ("Đơn vị tính: Triệu đồng") above,
/// a line per year ("Năm⏎2006⏎2007⏎…"), then for each row its label and one line per year ("Tổng số⏎10.175.672⏎…").
/// The title names the indicator (a growth named over money is its level's table); the row "Tổng số" is its total,
/// a row naming a sector is that sector's value, a row the catalogue's `column_scopes` names is a part of the
/// total, a row whose label names an indicator with a unit is that indicator's, and the other rows are passed over.
/// A PDF's text kept in its layout holds the same table a row per line, its cells apart by gaps ("Năm      2006
/// 2007 …", "Tổng số  10.175.672  12.866.989 …"): it is read the same way (`YearColumnTable+Layout.swift`).
struct YearColumnTable {
    let doc: Document
    let catalogue: Catalogue

    typealias Line = YearRowTable.Line
    struct Row { var label: Line; var cells: [Line] }

    func figures(subject: Jurisdiction?) -> [Figure] {
        guard let subject else { return [] }
        let cellReader = YearCellTable(doc: doc, catalogue: catalogue)
        return flattenedFigures(subject: subject, cellReader) + laidOutFigures(subject: subject, cellReader)
    }

    /// The tables flattened a cell per line.
    private func flattenedFigures(subject: Jurisdiction, _ cellReader: YearCellTable) -> [Figure] {
        // most texts have no line holding four digits alone above a line opening with a digit: one scan says so
        guard YearCellTable.mayHoldCells(doc.text.bytes) else { return [] }
        let lines = YearRowTable.lines(doc.text.bytes).filter { !cellReader.text($0).isEmpty }
        var out: [Figure] = []
        var k = 0
        while k < lines.count {
            let years = yearRun(from: k, in: lines, cellReader)
            guard years.count >= 3 else { k += 1; continue }
            let rows = rowsAfter(k + years.count, width: years.count, in: lines, cellReader)
            if !rows.isEmpty {
                out += figures(years: years, rows: rows, header: Array(lines[max(0, k - 10)..<k]), cellReader, subject: subject)
            }
            k += years.count + rows.count * (years.count + 1)
        }
        return out
    }

    /// The years on the lines from `k`, each a year alone and later than the one before.
    private func yearRun(from k: Int, in lines: [Line], _ cells: YearCellTable) -> [Int] {
        var years: [Int] = []
        var j = k
        while j < lines.count, let y = cells.year(lines[j]), y > years.last ?? 0 {
            years.append(y)
            j += 1
        }
        return years
    }

    /// Rows from line `j`: a label with letters, then `width` lines of one number each.
    private func rowsAfter(_ start: Int, width: Int, in lines: [Line], _ cells: YearCellTable) -> [Row] {
        var rows: [Row] = []
        var j = start
        while j + width < lines.count, cells.number(lines[j]) == nil, cells.year(lines[j]) == nil,
              cells.text(lines[j]).contains(where: \.isLetter), (j + 1...j + width).allSatisfy({ cells.number(lines[$0]) != nil }) {
            rows.append(Row(label: lines[j], cells: Array(lines[(j + 1)...(j + width)])))
            j += width + 1
        }
        return rows
    }

    /// The figures of one table: its years, its rows, and the lines above it (title and unit).
    func figures(years: [Int], rows: [Row], header: [Line], _ cells: YearCellTable, subject: Jurisdiction) -> [Figure] {
        let unitLine = header.last { line in
            let t = cells.text(line).lowercased()
            return t.contains("%") || YearCellTable.moneyUnits.contains { t.contains($0) }
        }
        let unit = unitLine.map { [0x20] + cells.utf8($0) } ?? []
        // (a title is a short line: a paragraph above the table is no title)
        let titles = header.filter { $0.end - $0.start <= Self.longestTitle }
        let title = unitLine == nil ? nil : titles.lazy.compactMap({
            self.reading(cells.utf8($0) + unit, lastYear: years[years.count - 1], subject: subject)
        }).first
        let reader = YearRowTable(doc: doc, catalogue: catalogue)
        var out: [Figure] = []
        for (r, row) in rows.enumerated() {
            let label = cells.utf8(row.label)
            let labelTokens = Tokenizer.tokenize(FoldedText(utf8: label))
            let measured: (Indicator, MeasureUnit, String?)
            var sector: String?, scope: String?
            if let title, let named = whole(catalogue.sectors, labelTokens) ?? whole(catalogue.bareSectors, labelTokens) {
                // a sector's row under the title's output
                guard let sectorIndicator = catalogue.family(of: title.0)?.valueIndicator(of: named) else { continue }
                measured = (sectorIndicator, title.1, title.2)
                sector = named
            } else if let title, let part = whole(catalogue.columnScopes, labelTokens) {
                measured = title
                scope = part
            } else if let own = reader.reading(label) ?? reader.reading(label + unit) {
                // "Tổng mức bán lẻ hàng hóa (Tỷ đồng)": a row that names its own indicator
                measured = own
            } else if let title, r == 0, labelTokens.contains(where: { Self.totalWords.contains($0.hash) }) {
                measured = title
            } else {
                continue
            }
            var f = Figure(indicator: measured.0, value: nil, unit: measured.1, period: nil, jurisdiction: subject, quote: "")
            f.per = measured.2
            f.sector = sector
            f.scope = scope
            for (c, cell) in row.cells.enumerated() {
                guard var value = cells.number(cell), measured.1 != .percent || value <= 100 else { continue }
                value = (value * 1e6).rounded() / 1e6
                let from = Int(doc.text.offsets[cell.start]), to = Int(doc.text.offsets[cell.end])
                var figure = f
                figure.value = value
                figure.period = Period(.year(years[c]))
                figure.quote = cells.text(cell)
                figure.source = SourceSpan(start: from, end: to)
                out.append(figure)
            }
        }
        return out
    }

    /// What the title names with the unit: the indicator it reads as, or, for a growth named over sums of money
    /// ("Tăng trưởng GDP … Triệu đồng"), the level that growth is of.
    /// ("GDP" in a province's table up to 2015 is its GRDP, as ``RegionalGDP`` reads it in sentences.)
    private func reading(_ label: [UInt8], lastYear: Int, subject: Jurisdiction) -> (Indicator, MeasureUnit, String?)? {
        let reader = YearRowTable(doc: doc, catalogue: catalogue)
        if let read = reader.reading(label) { return read }
        guard let (named, unit, per) = reader.reading(label, anyUnit: true), unit != .percent else { return nil }
        var growth = named
        if let regional = catalogue.regionalNames[growth], subject.level == .province || subject.level == .city, lastYear <= regional.until {
            growth = regional.indicator
        }
        guard let level = catalogue.entries.first(where: { $0.growthIndicator == growth && $0.units.contains { $0.unitClass == .money } })
        else { return nil }
        return (level.indicator, unit, per)
    }

    /// The longest line (in bytes) read as a title.
    private static let longestTitle = 200

    /// The payload of a phrase that spans all of `tokens`.
    private func whole(_ trie: PhraseTrie<String>, _ tokens: [Token]) -> String? {
        guard let m = trie.longestMatch(in: tokens, at: 0, limit: tokens.count), m.end == tokens.count else { return nil }
        return m.payload.first
    }

    /// Words of a total row's label: "Tổng số", "Tổng cộng", "Toàn tỉnh".
    private static let totalWords = WordSet([Lex.w("tổng"), Lex.w("toàn")])
}
