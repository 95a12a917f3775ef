import PubstatModel

extension YearColumnTable {
    /// The tables kept in a PDF's layout: a line of years apart by gaps, then lines of a label and as many numbers.
    func laidOutFigures(subject: Jurisdiction, _ cells: YearCellTable) -> [Figure] {
        // most texts have no gap of two spaces before a year: one search says so
        guard Self.mayHoldYearsApart(doc.text) else { return [] }
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

    /// Whether two spaces stand before a year ("  2006") somewhere in the text.
    private static func mayHoldYearsApart(_ text: FoldedText) -> Bool {
        var from = 0
        let bytes = text.bytes
        while let at = text.firstIndex(of: Self.gap, from: from) {
            var i = at + 2
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            if i + 4 <= bytes.count, bytes[i] == 0x31 && bytes[i + 1] == 0x39 || bytes[i] == 0x32 && bytes[i + 1] == 0x30,
               (48...57).contains(bytes[i + 2]), (48...57).contains(bytes[i + 3]),
               i + 4 == bytes.count || bytes[i + 4] == 0x20 || bytes[i + 4] == 0x0A || bytes[i + 4] == 0x0D {
                return true
            }
            from = i
        }
        return false
    }

    private static let gap: [UInt8] = [0x20, 0x20]
}
