import PubstatModel

/// "GRDP của tỉnh A (cũ) tăng 10,33%; tỉnh B tăng 10,07% và tỉnh C tăng 9,72%": after a figure, a
/// clause that opens with another place and states its own number restates the same indicator
/// for that place.
extension SentenceBinder {
    /// Words between a place and its number: the verb and its usual company.
    private static let seriesVerbs = WordSet([Lex.tang, Lex.giam, Lex.dat, Lex.la, Lex.w("ước"), Lex.hon, Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên")])

    mutating func bindPlaceSeries(after figures: [Figure]) -> [Figure] {
        guard !figures.isEmpty else { return [] }
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) {
            let q = quantities[i]
            guard let (place, verbStart, isFall) = placeBefore(q), q.unitClass == .percent || q.unitClass == .money,
                  let template = figures.last(where: { f in
                      guard let end = f.source?.end, end <= doc.byteSpan(q.tokens).lowerBound, f.value != nil else { return false }
                      return (f.unit == .percent) == (q.unitClass == .percent)
                  }),
                  Jurisdiction(place.level, place.name!) != template.jurisdiction else { continue }
            let isChange = doc.isWord(verbStart, Lex.tang) || doc.isWord(verbStart, Lex.giam)
            // a growth figure continues with changes, a level with levels
            guard isChange == (q.unitClass == .percent) else { continue }
            var f = template
            f.value = isFall ? -q.value : q.value
            f.valueHigh = nil
            f.unit = q.unit
            f.jurisdiction = Jurisdiction(place.level, place.name!)
            f.yoyPct = nil
            f.yoyRatio = nil
            f.momPct = nil
            f.pctOfPlan = []
            f.qualifier = nil
            f.scope = formerUnitScope(after: place)
            let quoteRange = place.tokens.lowerBound..<q.tokens.upperBound
            f.quote = doc.original(quoteRange)
            let span = doc.byteSpan(quoteRange)
            f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
            markBound(i)
            out.append(f)
        }
        return out
    }

    /// The named place that opens the clause of `q`, the first word after it, and whether the verb is "giảm".
    private func placeBefore(_ q: Quantity) -> (PlaceMention, Int, Bool)? {
        var k = q.tokens.lowerBound - 1
        var isFall = false
        // a place's last word is never a verb ("Sơn La" folds like "là")
        while k > range.lowerBound, q.tokens.lowerBound - k <= 4, doc.tokens[k].kind == .word,
              Self.seriesVerbs.contains(doc.tokens[k].hash), !places.contains(where: { $0.tokens.upperBound == k + 1 }) {
            if doc.isWord(k, Lex.giam) { isFall = true }
            k -= 1
        }
        let verbStart = k + 1
        guard verbStart < q.tokens.lowerBound else { return nil }
        // "(cũ)", "(mới)", "cũ" after the name
        while k > range.lowerBound, doc.isPunct(k, ")") || doc.isPunct(k, "(") || doc.isWord(k, Lex.cu) || doc.isWord(k, Lex.moi) { k -= 1 }
        guard let place = places.last(where: { $0.tokens.upperBound == k + 1 && $0.name != nil && !$0.inParentheses }) else { return nil }
        var start = place.tokens.lowerBound
        if doc.matchesBefore(Lex.khuVuc, start) { start -= Lex.khuVuc.count }
        guard opensClauseOrList(start) else { return nil }
        return (place, verbStart, isFall)
    }

    /// A clause start, or a list item after "và".
    private func opensClauseOrList(_ k: Int) -> Bool {
        if k == range.lowerBound || doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ";") || doc.isPunct(k - 1, ":") { return true }
        return doc.isWord(k - 1, Lex.va) || doc.matchesBefore(Lex.trongDo, k)
    }

    /// "tỉnh X (cũ)": figures of a unit merged away keep its name with a scope.
    func formerUnitScope(after place: PlaceMention) -> String? {
        var k = place.tokens.upperBound
        if doc.isPunct(k, "(") { k += 1 }
        guard doc.isWord(k, Lex.cu) else { return nil }
        return place.level == .province ? "former_province" : "former_city"
    }
}
