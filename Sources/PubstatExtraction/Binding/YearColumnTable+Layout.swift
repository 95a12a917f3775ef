import PubstatModel

extension YearColumnTable {
    /// The tables kept in a PDF's layout: a line of years apart by gaps, then lines of a label and as many numbers.
    func laidOutFigures(subject: Jurisdiction, _ cells: YearCellTable) -> [Figure] {
        // most texts have no gap of two spaces before a year: one search says so
        guard Self.mayHoldYearsApart(doc) else { return [] }
        let lines = YearRowTable.lines(doc.text.bytes).filter { !cells.text($0).isEmpty }
        var out: [Figure] = []
        var k = 0
        while k < lines.count {
            // ("Năm  2006  2007  2008": a label, or none, then the years)
            let header = gapCells(lines[k])
            let yearCells = header.drop { cells.year($0) == nil }
            let years = yearCells.compactMap { cells.year($0) }
            guard years.count >= 3, years.count == yearCells.count, header.count - years.count <= 1,
                  zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else { k += 1; continue }
            var rows: [Row] = []
            var j = k + 1
            while j < lines.count {
                let parts = gapCells(lines[j])
                guard parts.count == years.count + 1, cells.number(parts[0]) == nil, cells.text(parts[0]).contains(where: \.isLetter),
                      parts.dropFirst().allSatisfy({ cells.number($0) != nil }) else { break }
                rows.append(Row(label: parts[0], cells: Array(parts.dropFirst())))
                j += 1
            }
            if !rows.isEmpty {
                out += figures(years: years, rows: rows, header: Array(lines[max(0, k - 10)..<k]), cells, subject: subject)
            }
            k = j
        }
        return out
    }

    /// The cells of a line: runs of text between gaps of two spaces or more, tabs or bars (as ``YearRowTable`` cuts them).
    private func gapCells(_ line: Line) -> [Line] {
        YearRowTable(doc: doc, catalogue: catalogue).cells(line).map { Line(start: $0.start, end: $0.end) }
    }

    /// Whether a number of four digits stands after a gap of two spaces or more on its line ("Năm      2006"), read
    /// from the tokens' offsets (a search for two spaces called `memchr` once a word).
    private static func mayHoldYearsApart(_ doc: Document) -> Bool {
        doc.tokens.withUnsafeBufferPointer { all in
            var k = 1
            while k < all.count {
                let t = all[k]
                if t.kind == .number, t.end - t.start == 4, !t.newlineBefore, t.start - all[k - 1].end >= 2 { return true }
                k += 1
            }
            return false
        }
    }
}
