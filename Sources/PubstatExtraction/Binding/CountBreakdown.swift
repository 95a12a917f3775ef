import PubstatModel

extension SentenceBinder {
    /// "… công nhận 35 sản phẩm OCOP. Trong số 35 sản phẩm được công nhận lần này, có 21 sản phẩm mới công nhận lần đầu
    /// và 14 sản phẩm được công nhận lại. Cụ thể, huyện A có 7 sản phẩm; huyện B có 14 sản phẩm (8 sản phẩm công nhận
    /// mới) …": a sentence without cues that breaks a count down ("Trong số <the count>", or "Cụ thể" / "Trong đó" right
    /// after such a breakdown) counts the same things: each count the count's indicator takes is one more figure of it,
    /// for the unit named before it in its clause, else for the count's own place.
    mutating func bindCountBreakdown(after template: Figure, recent: Bool) -> [Figure] {
        guard template.unit == .count, let value = template.value,
              let entry = catalogue.entryIndex(of: template.indicator) else { return [] }
        let lead = range.lowerBound
        let restatesTotal = doc.matches(Lex.trongSo, at: lead)
            && quantities.first.map { $0.tokens.lowerBound == lead + Lex.trongSo.count && $0.value == value } == true
        guard restatesTotal || recent && (doc.matches(Lex.cuThe, at: lead) || doc.matches(Lex.trongDo, at: lead)) else { return [] }
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) {
            let q = quantities[i]
            guard case .level = role[i], q.unitClass == .count, compatible(q, entry),
                  !(restatesTotal && q.tokens.lowerBound == lead + Lex.trongSo.count) else { continue }
            var f = template
            f.value = q.value
            f.valueHigh = nil
            f.outOf = nil
            f.yoyPct = nil
            f.yoyRatio = nil
            f.momPct = nil
            f.pctOfPlan = []
            f.qualifier = nil
            f.scope = nil
            let place = unitNamed(before: q)
            if let place { f.jurisdiction = Jurisdiction(place.level, place.name!) }
            let from = place?.tokens.lowerBound ?? q.tokens.lowerBound
            f.quote = doc.original(from..<q.tokens.upperBound)
            let span = doc.byteSpan(from..<q.tokens.upperBound)
            f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
            markBound(i)
            out.append(f)
        }
        return out
    }

    /// The district or city named last before `q` in its clause (a bracket's count is the clause's before it).
    private func unitNamed(before q: Quantity) -> PlaceMention? {
        var clauseStart = range.lowerBound
        for k in range.lowerBound..<q.tokens.lowerBound where doc.isPunct(k, ";") { clauseStart = k + 1 }
        return places.last { m in
            m.name != nil && (m.level == .district || m.level == .city) && m.tokens.lowerBound >= clauseStart
                && m.tokens.upperBound <= q.tokens.lowerBound
        }
    }
}
