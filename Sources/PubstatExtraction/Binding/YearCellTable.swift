import Foundation
import PubstatModel

/// A yearbook table flattened one cell per line, as a statistics office's HTML page or a PDF flip-book leaves it
/// when copied to text: the title ("262. Tỷ lệ hộ nghèo", "TỔNG MỨC BÁN LẺ HÀNG HÓA …"), the columns' labels in
/// Vietnamese then in English, the unit, then for each year its line and one line per column ("2013⏎29.695.002⏎
/// 21.922.332⏎…"). The title names the indicator (with the unit, as ``YearRowTable`` reads a label); the first
/// column is its total, a column the catalogue's `column_scopes` names ("Thành thị", "Bán lẻ hàng hóa") is a part of
/// it, and the other columns are passed over. Nothing is read unless the Vietnamese labels are as many as the cells
/// of a row.
struct YearCellTable {
    let doc: Document
    let catalogue: Catalogue

    typealias Line = YearRowTable.Line
    private struct Row { var line: Int; var year: Int; var cells: [Int] }

    func figures(subject: Jurisdiction?) -> [Figure] {
        // most texts have no line holding four digits alone above a line opening with a digit: one scan says so
        guard let subject, Self.mayHoldCells(doc.text.bytes) else { return [] }
        let lines = YearRowTable.lines(doc.text.bytes).filter { !text($0).isEmpty }
        var out: [Figure] = []
        var k = 0
        var previousEnd = 0
        while k < lines.count {
            guard let rows = rows(from: k, in: lines) else { k += 1; continue }
            out += figures(of: rows, lines: lines, headerFrom: max(previousEnd, k - 40), subject: subject)
            previousEnd = rows.last!.cells.last! + 1
            k = previousEnd
        }
        return out
    }

    /// Three rows or more from line `k`: a year alone, then as many lines of one number each as the first row has.
    private func rows(from k: Int, in lines: [Line]) -> [Row]? {
        guard year(lines[k]) != nil else { return nil }
        var width = 0
        while k + 1 + width < lines.count, number(lines[k + 1 + width]) != nil { width += 1 }
        guard width >= 1 else { return nil }
        var rows: [Row] = []
        var j = k
        while j + width < lines.count, let y = year(lines[j]), y >= rows.last?.year ?? 0,
              (j + 1...j + width).allSatisfy({ number(lines[$0]) != nil }) {
            rows.append(Row(line: j, year: y, cells: Array(j + 1...j + width)))
            j += width + 1
        }
        return rows.count >= 3 ? rows : nil
    }

    private func figures(of rows: [Row], lines: [Line], headerFrom top: Int, subject: Jurisdiction) -> [Figure] {
        let header = Array(lines[top..<rows[0].line])
        let end = rows.last!.cells.last! + 1
        let after = Array(lines[end..<min(lines.count, end + 24)])
        // the unit: the first line above or below that names one ("Triệu đồng - Mill. dongs", "Đơn vị tính - Unit: %")
        // (a place, "Đồng Tháp", is no unit)
        guard let unitLine = (header + after).first(where: { line in
            let t = text(line).lowercased()
            return t.contains("%") || Self.moneyUnits.contains { t.contains($0) }
        }) else { return [] }
        let unit = utf8(unitLine)
        // the title: the first line above the rows whose words name one indicator taking that unit
        let reader = YearRowTable(doc: doc, catalogue: catalogue)
        guard let (titleIndex, (indicator, measure, per)) = header.indices.lazy
                .compactMap({ i in reader.reading(utf8(header[i]) + [0x20] + unit).map { (i, $0) } }).first else { return [] }
        // the columns' labels: the Vietnamese lines after the title, not in capitals, not the unit, not "Chia ra"/"Trong đó"
        let labels = header[(titleIndex + 1)...].filter { line in
            let t = text(line)
            return t.utf8.contains { $0 >= 0x80 } && t != t.uppercased() && line.start != unitLine.start
                && !Self.breakdownWords.contains { t.lowercased().hasPrefix($0) }
        }
        guard labels.count == rows[0].cells.count else { return [] }
        var out: [Figure] = []
        for (c, label) in labels.enumerated() {
            let scope: String?
            if let s = scopeNamed(by: label) { scope = s } else if c == 0 { scope = nil } else { continue }
            for row in rows {
                guard var value = number(lines[row.cells[c]]) else { continue }
                if measure == .percent, value > 100 { continue }
                value = (value * 1e6).rounded() / 1e6
                let from = Int(doc.text.offsets[lines[row.line].start]), to = Int(doc.text.offsets[lines[row.cells[c]].end])
                var f = Figure(indicator: indicator, value: value, unit: measure, period: Period(.year(row.year)), jurisdiction: subject,
                               quote: String(decoding: doc.text.utf8[from..<to], as: UTF8.self))
                f.source = SourceSpan(start: from, end: to)
                f.per = per
                f.scope = scope
                out.append(f)
            }
        }
        return out
    }

    static let moneyUnits = ["triệu đồng", "tỷ đồng", "tỉ đồng", "nghìn đồng", "ngàn đồng"]
    /// Lines that open a breakdown of the columns, not a column: "Chia ra - Of which", "Trong đó".
    private static let breakdownWords = ["chia ra", "trong đó"]

    /// Whether some line holds four digits alone (spaces aside) and the next line with text opens with a digit. Only
    /// each line's start is looked at; `memchr` finds the next (a loop over every byte was 1 % of extraction).
    static func mayHoldCells(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            let count = buf.count
            var i = 0
            while i < count {
                // at a line's start: spaces, four digits, spaces, the end of the line
                var j = i
                while j < count, buf[j] == 0x20 || buf[j] == 0x09 { j += 1 }
                let digits = j
                while j < count, (48...57).contains(buf[j]) { j += 1 }
                if j - digits == 4 {
                    while j < count, buf[j] == 0x20 || buf[j] == 0x09 || buf[j] == 0x0D { j += 1 }
                    if j < count, buf[j] == 0x0A {
                        while j < count, buf[j] == 0x0A || buf[j] == 0x20 || buf[j] == 0x0D || buf[j] == 0x09 { j += 1 }
                        if j < count, (48...57).contains(buf[j]) { return true }
                    }
                }
                // on to the next line
                guard let hit = memchr(base + i, 0x0A, count - i) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return false
        }
    }

    /// The scope a column's whole label names (catalogue `column_scopes`).
    private func scopeNamed(by line: Line) -> String? {
        let tokens = Tokenizer.tokenize(FoldedText(utf8: utf8(line)))
        guard let m = catalogue.columnScopes.longestMatch(in: tokens, at: 0, limit: tokens.count), m.end == tokens.count else { return nil }
        return m.payload.first
    }

    /// A line holding a year alone.
    func year(_ line: Line) -> Int? {
        let t = text(line)
        guard t.utf8.count == 4, let y = Int(t), PeriodScanner.isYear(y) else { return nil }
        return y
    }

    /// A line holding one number alone ("29.695.002", "23,92").
    func number(_ line: Line) -> Double? {
        let bytes = utf8(line)
        guard !bytes.isEmpty, bytes.allSatisfy({ (48...57).contains($0) || $0 == 46 || $0 == 44 }), year(line) == nil else { return nil }
        return VietnameseNumber.parse(bytes[...])
    }

    func utf8(_ line: Line) -> [UInt8] {
        Array(text(line).utf8)
    }

    /// The line's own text, trimmed.
    func text(_ line: Line) -> String {
        let raw = String(decoding: doc.text.utf8[Int(doc.text.offsets[line.start])..<Int(doc.text.offsets[line.end])], as: UTF8.self)
        return raw.trimmingCharacters(in: .whitespaces)
    }
}
