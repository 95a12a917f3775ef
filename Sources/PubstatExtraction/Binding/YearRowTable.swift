#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PubstatModel

/// A table that a statistics yearbook prints and a PDF's text keeps in its layout: one row per year
/// ("2011      8,30      1.597"), the columns' labels above it, wrapped over several lines side by side,
/// each with its unit ("Tỷ lệ hộ nghèo … (%)", "Thu nhập bình quân đầu người một tháng … (Nghìn đồng)"). A
/// column whose label names one indicator of the catalogue and a unit it takes gives that indicator for each
/// year, for the bulletin's subject. Columns are matched by position: a label fragment belongs to the column
/// whose values stand nearest below it.
struct YearRowTable {
    let doc: Document
    let catalogue: Catalogue

    /// A line of the text, in folded bytes (one per character, so a byte's offset in its line is its column).
    struct Line { var start: Int; var end: Int }
    /// A run of text between gaps (two spaces or more, or a bar), with its first and last column.
    struct Cell { var start: Int; var end: Int; var left: Int; var right: Int; var center: Double { Double(left + right) / 2 } }
    private struct Row { var line: Int; var year: Int; var values: [Cell] }
    private static let nguoi = Lex.w("người")

    /// The figures of every year-row table of the text; none when the text has no subject.
    func figures(subject: Jurisdiction?) -> [Figure] {
        guard let subject else { return [] }
        let bytes = doc.text.bytes
        // most texts have no line that opens with a year and a gap: one scan says so
        guard Self.mayHoldRows(bytes) else { return [] }
        let lines = Self.lines(bytes)
        var out: [Figure] = []
        var k = 0
        var previousEnd = 0
        while k < lines.count {
            guard let first = row(lines[k], at: k) else { k += 1; continue }
            var rows = [first]
            var j = k + 1
            while j < lines.count {
                if isBlank(lines[j]) { j += 1; continue }
                guard let next = row(lines[j], at: j), next.values.count == first.values.count, next.year > rows.last!.year else { break }
                rows.append(next)
                j += 1
            }
            if rows.count >= 3 {
                out += figures(of: rows, headerFrom: max(previousEnd, k - 14), lines: lines, subject: subject)
                previousEnd = rows.last!.line + 1
            }
            k = max(j, k + 1)
        }
        return out
    }

    private func figures(of rows: [Row], headerFrom top: Int, lines: [Line], subject: Jurisdiction) -> [Figure] {
        let columns = rows[0].values.indices.map { c in rows.map { $0.values[c].center }.reduce(0, +) / Double(rows.count) }
        // the widest a label fragment may stray from its column: half the space between columns
        let reach = columns.count > 1 ? zip(columns, columns.dropFirst()).map { $1 - $0 }.min()! / 2 : 15
        var labels = Array(repeating: [UInt8](), count: columns.count)
        for l in top..<rows[0].line {
            for cell in cells(lines[l]) {
                guard let c = columns.indices.min(by: { abs(columns[$0] - cell.center) < abs(columns[$1] - cell.center) }),
                      abs(columns[c] - cell.center) <= reach else { continue }
                // (the label is read again from the text's own bytes: folded bytes are no UTF-8)
                labels[c] += Array(doc.text.utf8[Int(doc.text.offsets[cell.start])..<Int(doc.text.offsets[cell.end])]) + [0x20]
            }
        }
        var out: [Figure] = []
        for c in columns.indices {
            guard let (indicator, unit, per) = reading(labels[c]) else { continue }
            for row in rows {
                let cell = row.values[c]
                guard var value = VietnameseNumber.parse(doc.text.bytes[cell.start..<cell.end]) else { continue }
                if unit == .percent, value > 100 { continue }
                value = (value * 1e6).rounded() / 1e6
                let line = lines[row.line]
                let from = Int(doc.text.offsets[line.start]), to = Int(doc.text.offsets[line.end])
                var f = Figure(indicator: indicator, value: value, unit: unit, period: Period(.year(row.year)), jurisdiction: subject,
                               quote: String(decoding: doc.text.utf8[from..<to], as: UTF8.self).trimmingSpaces())
                f.source = SourceSpan(start: from, end: to)
                f.per = per
                out.append(f)
            }
        }
        return out
    }

    /// The one indicator a column's label names, with the unit its values are in (and, for money per head, per
    /// month or year); nil when the label names none, several, or no unit the indicator takes (`anyUnit`: whatever
    /// unit it takes).
    func reading(_ label: [UInt8], anyUnit: Bool = false) -> (Indicator, MeasureUnit, String?)? {
        let tokens = Tokenizer.tokenize(FoldedText(utf8: label))
        var entries: Set<Int> = []
        var k = 0
        var unit: MeasureUnit?
        // (read apart from the cues, which take "người" in "thu nhập bình quân đầu người")
        let perMonth = tokens.contains { $0.hash == Lex.thang }, perHead = tokens.contains { $0.hash == Self.nguoi }
        while k < tokens.count {
            if let m = catalogue.cues.longestMatch(in: tokens, at: k, limit: tokens.count) {
                entries.formUnion(m.payload)
                k = m.end
                continue
            }
            let t = tokens[k]
            if t.kind == .punct, t.first == UInt8(ascii: "%") { unit = .percent }
            if t.hash == Lex.dong, k > 0 {
                switch tokens[k - 1].hash {
                case Lex.nghin, Lex.ngan: unit = .thousandVND
                case Lex.trieu: unit = .millionVND
                case Lex.ty: unit = .billionVND
                default: unit = unit ?? .vnd
                }
            }
            k += 1
        }
        guard let unit else { return nil }
        let unitClass: UnitClass = unit == .percent ? .percent : .money
        let fitting = anyUnit ? entries : entries.filter { e in catalogue.entry(e).units.contains { $0.unitClass == unitClass } }
        let indicators = Set(fitting.map { catalogue.entry($0).indicator })
        guard indicators.count == 1, let indicator = indicators.first else { return nil }
        let per = unit != .percent && perHead ? (perMonth ? "person/month" : "person/year") : nil
        return (indicator, unit, per)
    }

    /// A line that opens (after its indent) with a year and holds numbers only, each set off by a gap.
    private func row(_ line: Line, at index: Int) -> Row? {
        let parts = cells(line)
        guard parts.count >= 2, parts.count <= 8 else { return nil }
        let bytes = doc.text.bytes
        let head = bytes[parts[0].start..<parts[0].end]
        guard head.count == 4, head.allSatisfy({ (48...57).contains($0) }),
              let year = Int(String(decoding: head, as: UTF8.self)), PeriodScanner.isYear(year) else { return nil }
        let values = Array(parts.dropFirst())
        guard values.allSatisfy({ cell in
            bytes[cell.start..<cell.end].allSatisfy { (48...57).contains($0) || $0 == 46 || $0 == 44 } && VietnameseNumber.parse(bytes[cell.start..<cell.end]) != nil
        }) else { return nil }
        return Row(line: index, year: year, values: values)
    }

    /// The cells of a line: runs of text between gaps of two spaces or more, or bars.
    func cells(_ line: Line) -> [Cell] {
        let bytes = doc.text.bytes
        var out: [Cell] = []
        var i = line.start
        while i < line.end {
            while i < line.end, bytes[i] == 0x20 || bytes[i] == 0x7C || bytes[i] == 0x09 { i += 1 }
            guard i < line.end else { break }
            let start = i
            var end = i
            while i < line.end, bytes[i] != 0x7C, bytes[i] != 0x09 {
                if bytes[i] == 0x20 {
                    if i + 1 < line.end, bytes[i + 1] == 0x20 || bytes[i + 1] == 0x7C { break }
                } else {
                    end = i + 1
                }
                i += 1
            }
            out.append(Cell(start: start, end: end, left: start - line.start, right: end - line.start))
        }
        return out
    }

    private func isBlank(_ line: Line) -> Bool {
        doc.text.bytes[line.start..<line.end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x7C }
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var out: [Line] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            out.append(Line(start: start, end: i > start && bytes[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        return out
    }

    /// Whether some line opens, after its indent, with four digits and two spaces or a bar. Only each line's start is
    /// looked at; `memchr` finds the next (a loop over every byte was 1 % of extraction).
    private static func mayHoldRows(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            let count = buf.count
            var start = 0
            while true {
                var i = start
                while i + 5 < count, buf[i] == 0x20 || buf[i] == 0x7C { i += 1 }
                guard i + 5 < count else { return false }
                let b = buf[i]
                if b == 0x0A { start = i + 1; continue }
                if (48...57).contains(b), (48...57).contains(buf[i + 1]), (48...57).contains(buf[i + 2]), (48...57).contains(buf[i + 3]),
                   buf[i + 4] == 0x7C || buf[i + 4] == 0x20 && (buf[i + 5] == 0x20 || buf[i + 5] == 0x7C) {
                    return true
                }
                guard let hit = memchr(base + i, 0x0A, count - i) else { return false }
                start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "|" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "|" { s = s.dropLast() }
        return String(s)
    }
}
