import PubstatModel

/// A table flattened one cell per line with a column per year, as a portal page leaves a small yearbook table:
/// the title ("Bảng: Tăng trưởng GDP tỉnh … (Giai đoạn 2006 - 2011)") and unit ("Đơn vị tính: Triệu đồng") above,
/// a line per year ("Năm⏎2006⏎2007⏎…"), then for each row its label and one line per year ("Tổng số⏎10.175.672⏎…").
/// The title names the indicator (a growth named over money is its level's table); the row "Tổng số" is its total,
/// a row naming a sector is that sector's value, a row the catalogue's `column_scopes` names is a part of the
/// total, and the other rows are passed over.
struct YearColumnTable {
    let doc: Document
    let catalogue: Catalogue

    private typealias Line = YearRowTable.Line
    private struct Row { var label: Line; var cells: [Line] }

    func figures(subject: Jurisdiction?) -> [Figure] {
        guard let subject, YearCellTable.mayHoldCells(doc.text.bytes) else { return [] }
        let cellReader = YearCellTable(doc: doc, catalogue: catalogue)
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

    private func figures(years: [Int], rows: [Row], header: [Line], _ cells: YearCellTable, subject: Jurisdiction) -> [Figure] {
        guard let unitLine = header.last(where: { line in
            let t = cells.text(line).lowercased()
            return t.contains("%") || YearCellTable.moneyUnits.contains { t.contains($0) }
        }) else { return [] }
        let unit = cells.utf8(unitLine)
        // (a title is a short line: a paragraph above the table is no title)
        let titles = header.filter { $0.end - $0.start <= Self.longestTitle }
        guard let (indicator, measure, per) = titles.lazy.compactMap({
            self.reading(cells.utf8($0) + [0x20] + unit, lastYear: years[years.count - 1], subject: subject)
        }).first else { return [] }
        let family = catalogue.family(of: indicator)
        var out: [Figure] = []
        for (r, row) in rows.enumerated() {
            let labelTokens = Tokenizer.tokenize(FoldedText(utf8: cells.utf8(row.label)))
            var f = Figure(indicator: indicator, value: nil, unit: measure, period: nil, jurisdiction: subject, quote: "")
            if let sector = whole(catalogue.sectors, labelTokens) ?? whole(catalogue.bareSectors, labelTokens) {
                guard let sectorIndicator = family?.valueIndicator(of: sector) else { continue }
                f.indicator = sectorIndicator
                f.sector = sector
            } else if let scope = whole(catalogue.columnScopes, labelTokens) {
                f.scope = scope
            } else if r != 0 || !labelTokens.contains(where: { Self.totalWords.contains($0.hash) }) {
                continue
            }
            f.per = per
            for (c, cell) in row.cells.enumerated() {
                guard var value = cells.number(cell), measure != .percent || value <= 100 else { continue }
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
        guard var (growth, unit, per) = reader.reading(label, anyUnit: true), unit != .percent else { return nil }
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
