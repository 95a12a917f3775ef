import PubstatModel

extension SentenceBinder {
    /// A row of the table whose header came before: "Kim ngạch xuất khẩu | triệu USD | 3.105 | 28.760 | 111,8".
    /// The label names the indicator, the cell before the numbers their unit, and each number takes its
    /// column: a period's value, or the index of another column's value against a year before.
    /// Nil when the line is no row of that table (a label, a unit, then exactly one number per column).
    mutating func bindTableRow(_ header: TableHeader, scanner: QuantityScanner) -> [Figure]? {
        bound = Array(repeating: false, count: quantities.count)
        let numbers = range.filter { doc.isNumber($0) }
        guard let first = numbers.first, first > range.lowerBound, numbers.count == header.columns.count,
              (first..<range.upperBound).allSatisfy({ doc.isNumber($0) || doc.tokens[$0].kind == .punct }) else { return nil }
        // the unit cell right before the first number, as long as it reads as a unit
        guard let (unitStart, unit) = (max(range.lowerBound + 1, first - 3)..<first).lazy
            .compactMap({ start in scanner.quantity(at: first, unitAt: start).map { (start, $0) } })
            .first(where: { $0.1.unitClass != .none && $0.1.unitClass != .other }),
              let written = doc.number(first), written != 0 else { return []  }
        let scale = unit.value / written
        guard let (cueStart, cueEnd, entry) = rowCue(in: range.lowerBound..<unitStart, unit: unit) else { return [] }
        var drafts: [Int: Draft] = [:]
        for (column, token) in zip(header.columns, numbers) {
            guard case .period(let period, let estimate) = column, let value = doc.number(token) else { continue }
            var quantity = unit
            quantity.tokens = token..<(token + 1)
            quantity.value = value * scale
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: quantity, value: quantity.value,
                              cueStart: cueStart, cueEnd: cueEnd, end: token + 1)
            draft.period = period
            if estimate { draft.kind = .estimate }
            drafts[token] = draft
        }
        for (column, token) in zip(header.columns, numbers) {
            guard case .change(let of) = column, of < numbers.count, let index = doc.number(token), (50...300).contains(index),
                  var draft = drafts[numbers[of]] else { continue }
            draft.changes.append((((index - 100) * 1e6).rounded() / 1e6, .previousYear, false))
            drafts[numbers[of]] = draft
        }
        for i in quantities.indices where quantities[i].tokens.lowerBound >= first { markBound(i) }
        return drafts.keys.sorted().compactMap { drafts[$0].map(finish) }
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
