import PubstatModel

extension SentenceBinder {
    /// "chỉ tiêu tăng trưởng kinh tế đặt ra từ đầu năm là 10,5% nhưng đến cuối năm chỉ đạt 4,29%", "Kế hoạch năm 2020
    /// phấn đấu đạt 6,3 triệu lượt khách nhưng tổng lượng khách … chỉ 3,6 triệu lượt khách": a value set as the goal,
    /// then, after "nhưng", the value reached. The first is the plan, the second the result, of the same indicator;
    /// whichever of the two a cue took, the other is added.
    mutating func resultsAfterPlan(_ drafts: inout [Draft]) -> [Draft] {
        var added: [Draft] = []
        for k in drafts.indices {
            guard let q = drafts[k].quantity, let entry = drafts[k].entry, let i = quantities.firstIndex(where: { $0.tokens == q.tokens }) else { continue }
            if let result = resultAfterBut(i), planSetBefore(q) {
                // the cue took the plan: the result after "nhưng" is added
                drafts[k].kind = .plan
                added.append(draft(entry: entry, of: result, kind: .actual))
            } else if let plan = planBeforeBut(i) {
                // the cue after "nhưng" took the result: the plan before it is added
                drafts[k].kind = .actual
                added.append(draft(entry: entry, of: plan, kind: .plan))
            }
        }
        return added
    }

    private mutating func draft(entry: Int, of i: Int, kind: FigureKind) -> Draft {
        bound[i] = true
        let q = quantities[i]
        let start = clauseStart(q.tokens.lowerBound)
        var d = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                      cueStart: start, cueEnd: start, end: q.tokens.upperBound)
        d.kind = kind
        return d
    }

    /// The unbound level of the same unit after "nhưng" that follows quantity `i` in its clause, with no other
    /// level between.
    private func resultAfterBut(_ i: Int) -> Int? {
        let q = quantities[i]
        guard i + 1 < quantities.count, !bound[i + 1], case .level = role[i + 1], quantities[i + 1].unitClass == q.unitClass,
              let but = (q.tokens.upperBound..<quantities[i + 1].tokens.lowerBound).first(where: { doc.isWord($0, Self.nhung) }),
              !hasStop(q.tokens.upperBound, but), reached(from: but, to: quantities[i + 1].tokens.lowerBound) else { return nil }
        return i + 1
    }

    /// The unbound level of the same unit right before quantity `i`, set as a plan, "nhưng" between them.
    private func planBeforeBut(_ i: Int) -> Int? {
        let q = quantities[i]
        guard i > 0, !bound[i - 1], case .level = role[i - 1], quantities[i - 1].unitClass == q.unitClass,
              let but = (quantities[i - 1].tokens.upperBound..<q.tokens.lowerBound).first(where: { doc.isWord($0, Self.nhung) }),
              !hasStop(quantities[i - 1].tokens.upperBound, but), reached(from: but, to: q.tokens.lowerBound),
              planSetBefore(quantities[i - 1]) else { return nil }
        return i - 1
    }

    /// "chỉ đạt", "chỉ", "đạt" between "nhưng" and the value: the value reached.
    private func reached(from but: Int, to t: Int) -> Bool {
        !hasStop(but, t) && (but..<t).contains { doc.isWord($0, Lex.dat) || doc.isWord($0, Self.chi) }
    }

    /// A plan or goal word ("kế hoạch", "đặt ra", "đề ra", "phấn đấu", "chỉ tiêu") earlier in the clause of `q`.
    private func planSetBefore(_ q: Quantity) -> Bool {
        let start = clauseStart(q.tokens.lowerBound)
        return (start..<q.tokens.lowerBound).contains { k in Self.planSetters.contains { doc.matches($0, at: k) } }
    }

    private static let nhung = Lex.w("nhưng"), chi = Lex.w("chỉ")
    private static let planSetters = [Lex.keHoach, Lex.p("đặt ra"), Lex.p("đề ra"), Lex.p("phấn đấu"), Lex.p("chỉ tiêu")]
}
