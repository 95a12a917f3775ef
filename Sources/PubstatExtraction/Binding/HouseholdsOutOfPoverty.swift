import PubstatModel

extension SentenceBinder {
    /// "giảm 1.432 hộ nghèo (1,95%) so với đầu năm", "giảm hơn 3.800 hộ nghèo so với năm 2017 (giảm 3,93%)", "có 483 hộ
    /// thoát nghèo, tỷ lệ giảm 2,97%": the households that left poverty, then the rate in points the poverty rate fell by,
    /// is the fall of the poverty rate over the period (a rate with no cue of its own).
    mutating func povertyFallByHouseholds() -> [Draft] {
        guard let entry = catalogue.entryIndex(of: Self.povertyFall) else { return [] }
        var drafts: [Draft] = []
        for i in quantities.indices where !bound[i] {
            let q = quantities[i]
            guard q.unitClass == .percent, q.valueHigh == nil, !q.points, let lead = householdsLeft(before: q) else { continue }
            bound[i] = true
            drafts.append(Draft(indicator: Self.povertyFall, entry: entry, quantity: q, value: q.value,
                                cueStart: lead, cueEnd: lead, end: q.tokens.upperBound))
        }
        return drafts
    }

    /// Where the households that left poverty are told before the rate `q`: "giảm N hộ nghèo" (then the rate in
    /// brackets, "giảm" allowed inside, "so với …" allowed before it) or "N hộ thoát nghèo, tỷ lệ giảm" right before it.
    private func householdsLeft(before q: Quantity) -> Int? {
        let p = q.tokens.lowerBound
        var k = p - 1
        if doc.isWord(k, Lex.giam) {
            // ", tỷ lệ giảm 2,97%" after "N hộ thoát nghèo"
            if doc.matchesBefore(Lex.tyLe, k) || doc.matchesBefore(Lex.tiLe, k), doc.isPunct(k - 3, ","),
               let count = quantities.last(where: { $0.tokens.upperBound <= k - 3 && $0.tokens.upperBound >= k - 8 }),
               count.unitClass == .count, doc.matches(Self.thoatNgheo, at: count.tokens.upperBound) || doc.matches(Self.hoThoatNgheo, at: count.tokens.upperBound) {
                return count.tokens.lowerBound
            }
            k -= 1
        }
        guard doc.isPunct(k, "("), doc.isPunct(q.tokens.upperBound, ")") else { return nil }
        // "giảm 1.432 hộ nghèo (", "giảm hơn 3.800 hộ nghèo so với năm 2017 ("
        guard let count = quantities.last(where: { $0.tokens.upperBound <= k && $0.tokens.upperBound >= k - 8 }),
              count.unitClass == .count, doc.matches(Self.hoNgheo, at: count.tokens.upperBound - 1) || doc.matches(Self.hoNgheo, at: count.tokens.upperBound)
        else { return nil }
        var verb = count.tokens.lowerBound - 1
        if doc.tokens.indices.contains(verb), doc.tokens[verb].kind == .word, RoleReader.qualifierWords.contains(doc.tokens[verb].hash) { verb -= 1 }
        guard doc.isWord(verb, Lex.giam) else { return nil }
        // (only words, "so với" a period, between the households and the bracket)
        let tail = (count.tokens.upperBound..<k)
        guard tail.allSatisfy({ doc.tokens[$0].kind == .word || doc.isNumber($0) && doc.isWord($0 - 1, Lex.nam) }) else { return nil }
        return verb
    }

    private static let povertyFall = Indicator("poverty_rate_reduction_avg")
    private static let hoNgheo = Lex.p("hộ nghèo"), thoatNgheo = Lex.p("thoát nghèo"), hoThoatNgheo = Lex.p("hộ thoát nghèo")
}
