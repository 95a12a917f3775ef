import Foundation
import PubstatModel

extension SentenceBinder {
    /// A row of the table whose header came before: "Kim ngạch xuất khẩu | triệu USD | 3.105 | 28.760 | 111,8".
    /// The label names the indicator, the cell before the numbers their unit, and each number takes its
    /// column: a period's value, or the index of another column's value against a year before.
    /// Nil when the line is no row of that table (a label, a unit, then exactly one number per column).
    mutating func bindTableRow(_ header: TableHeader, scanner: QuantityScanner) -> [Figure]? {
        bound = Array(repeating: false, count: quantities.count)
        // the value cells after the label and its unit ("1. Thu nội địa (tỷ đồng) | 6.120 | …": not the item's
        // number), each a number or "-" for none ("| 7,58 | - |")
        // (a bracket closing the label ends it too: "(Năm trước = 100)")
        let labelEnd = range.last(where: { doc.tokens[$0].kind == .word || doc.isPunct($0, ")") }).map { $0 + 1 } ?? range.lowerBound
        let numbers: [Int?] = (labelEnd..<range.upperBound).compactMap { k in
            doc.isNumber(k) ? k : isEmptyCell(k) ? .some(nil) : nil
        }
        guard let first = numbers.lazy.compactMap({ $0 }).first, first > range.lowerBound, numbers.count == header.columns.count,
              (first..<range.upperBound).allSatisfy({ doc.isNumber($0) || doc.tokens[$0].kind == .punct }) else { return nil }
        // the unit cell right before the first number, or in brackets at the end of the label ("Khách quốc
        // tế (nghìn lượt) | 24 | 542"), as long as it reads as a unit
        // (a unit cell starts a cell: the last word of a label, "địa bàn", is no count of "bản")
        let starts = (bracketedUnit(before: first).map { [$0] } ?? [])
            // ("| Tr.USD |", "| Tỷ.đ |": an abbreviated unit takes a few more tokens)
            + (max(range.lowerBound + 1, first - 5)..<first).filter { doc.isPunct($0 - 1, "|") }.reversed()
        // (else the unit the line above the table gives: "Đơn vị tính: Tỷ đồng")
        let fromLineAbove = header.unitStart.flatMap { start in
            scanner.quantity(at: first, unitAt: start, unitInHeader: true).map { (first, $0) }
        }
        guard let (unitStart, unit) = starts.lazy
            .compactMap({ start in scanner.quantity(at: first, unitAt: start).map { (start, $0) } })
            .first(where: { $0.1.unitClass != .none && $0.1.unitClass != .other }) ?? fromLineAbove,
              let written = doc.number(first), written != 0 else { return []  }
        // a power of ten, read exactly ("triệu lượt" over 4,6 is 10^6, not 10^6 plus a rounding error)
        let ratio = unit.value / written
        let exponent = log10(ratio).rounded()
        let scale = abs(log10(ratio) - exponent) < 1e-9 ? pow(10, exponent) : ratio
        // "Chỉ số phát triển GRDP (Năm trước = 100) | % | 108,2": an index on the year before, its growth 8,2%
        let index = unit.unitClass == .percent && isIndexOnYearBefore(range.lowerBound..<unitStart)
        // a table of growth rates: each row its indicator's growth, a sector's row its family's sector growth
        // (the unit the caption gave: no unit cell of the row's own)
        let growth = unit.unitClass == .percent && header.growthOf != nil && unitStart == first
        let label = range.lowerBound..<min(unitStart, first)
        var sector: String?
        var indicator: Indicator?
        let cue: (Int, Int, Int)?
        if growth, growthCue(in: label) == nil, let (start, end, name) = sectorLabel(in: label),
           let growth = header.growthOf.flatMap({ catalogue.family(of: $0)?.sectorGrowth }) {
            sector = name
            indicator = growth
            cue = (start, end, -1)
        } else {
            cue = index || growth ? growthCue(in: label) : rowCue(in: label, unit: unit)
        }
        guard let (cueStart, cueEnd, entryIndex) = cue else { return [] }
        let entry: Int? = entryIndex >= 0 ? entryIndex : nil
        var drafts: [Int: Draft] = [:]
        var cutOffs: [Int: CalendarDate] = [:]
        for (columnIndex, (column, token)) in zip(header.columns, numbers).enumerated() {
            guard case .period(let period, let kind) = column, let token, let value = doc.number(token) else { continue }
            cutOffs[token] = header.cutOffs[columnIndex]
            var quantity = unit
            quantity.tokens = token..<(token + 1)
            quantity.value = index ? ((value - 100) * 1e6).rounded() / 1e6 : value * scale
            var draft = Draft(indicator: indicator ?? catalogue.entry(entry!).indicator, entry: entry, quantity: quantity, value: quantity.value,
                              cueStart: cueStart, cueEnd: cueEnd, end: token + 1, sector: sector)
            draft.period = period
            if kind != .actual { draft.kind = kind }
            drafts[token] = draft
        }
        for (column, token) in zip(header.columns, numbers) {
            guard case .change(let of) = column, of < numbers.count, let token, let valueToken = numbers[of],
                  let index = doc.number(token), (50...300).contains(index), var draft = drafts[valueToken] else { continue }
            draft.changes.append((((index - 100) * 1e6).rounded() / 1e6, .previousYear, false))
            drafts[valueToken] = draft
        }
        for (column, token) in zip(header.columns, numbers) {
            guard case .planShare(let of, let authority) = column, of < numbers.count, let token, let valueToken = numbers[of],
                  let pct = doc.number(token), pct > 0, pct < 1_000, var draft = drafts[valueToken] else { continue }
            draft.pctOfPlan.append(PlanComparison(pct: pct, authority: authority))
            drafts[valueToken] = draft
        }
        for i in quantities.indices where quantities[i].tokens.lowerBound >= first { markBound(i) }
        return drafts.keys.sorted().compactMap { token in
            drafts[token].map { draft in
                var figure = finish(draft)
                // an "ước" column's values are estimates, approximate like any "ước đạt"
                if draft.kind == .estimate { figure.qualifier = .approx }
                if let date = cutOffs[token] { figure.asOf = date }
                return figure
            }
        }
    }

    /// A cell holding only "-": no value in that column.
    private func isEmptyCell(_ k: Int) -> Bool {
        doc.isPunct(k, "-") && doc.isPunct(k - 1, "|") && (k + 1 >= range.upperBound || doc.isPunct(k + 1, "|"))
    }

    /// Where a unit in brackets closing the label starts: "Tổng lượt khách (triệu lượt) |" → "triệu".
    private func bracketedUnit(before first: Int) -> Int? {
        var close = first - 1
        while close > range.lowerBound, doc.isPunct(close, "|") { close -= 1 }
        guard doc.isPunct(close, ")") else { return nil }
        var open = close - 1
        while open > range.lowerBound, close - open <= 4, !doc.isPunct(open, "(") { open -= 1 }
        return doc.isPunct(open, "(") && open + 1 < close ? open + 1 : nil
    }

    /// "(Năm trước = 100)", "(Cùng kỳ năm trước = 100)" in a row's label.
    private func isIndexOnYearBefore(_ label: Range<Int>) -> Bool {
        label.contains { k in
            doc.isPunct(k, "=") && doc.integer(k + 1) == 100 && (doc.isWord(k - 1, Lex.truoc) || doc.matchesBefore(Lex.cungKy, k))
        }
    }

    /// The first catalogue cue in the row's label that names a growth: its own, or its indicator's.
    private func growthCue(in label: Range<Int>) -> (Int, Int, Int)? {
        for k in label {
            guard let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: label.upperBound) else { continue }
            for entry in m.payload {
                if catalogue.entry(entry).changeIsValue { return (k, m.end, entry) }
                if let growth = catalogue.entry(entry).growthIndicator,
                   let growthEntry = catalogue.entries.firstIndex(where: { $0.indicator == growth }) { return (k, m.end, growthEntry) }
            }
        }
        return nil
    }

    /// A sector named at the start of a row's label ("Công nghiệp - xây dựng", "2. Dịch vụ"): where, and which.
    private func sectorLabel(in label: Range<Int>) -> (Int, Int, String)? {
        var k = label.lowerBound
        while k < label.upperBound, doc.tokens[k].kind != .word { k += 1 }
        let match = catalogue.sectors.longestMatch(in: doc.tokens, at: k, limit: label.upperBound)
            ?? catalogue.bareSectors.longestMatch(in: doc.tokens, at: k, limit: label.upperBound)
        guard let match, let name = match.payload.first else { return nil }
        return (k, match.end, name)
    }

    /// The first catalogue cue in the row's label whose indicator expects the row's unit.
    private func rowCue(in label: Range<Int>, unit: Quantity) -> (Int, Int, Int)? {
        for k in label {
            guard let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: label.upperBound),
                  let entry = m.payload.first(where: { compatible(unit, $0) }) else { continue }
            return (k, m.end, entry)
        }
        return nil
    }
}
