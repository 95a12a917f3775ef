import PubstatModel

/// Figures whose own words show they are not their indicator's: industry summed with construction, products moved up a
/// rank.
extension SentenceBinder {
    /// An industrial output cue followed by "- xây dựng", "và xây dựng" or ", xây dựng": industry and construction summed.
    func joinsConstruction(_ draft: Draft) -> Bool {
        guard draft.indicator == Self.industrialOutput else { return false }
        var k = draft.cueEnd
        if doc.isPunct(k, "-") || doc.isPunct(k, ",") || doc.isWord(k, Lex.va) { k += 1 } else { return false }
        return doc.matches(Self.xayDung, at: k)
    }
    private static let industrialOutput = Indicator("industrial_production_value"), xayDung = Lex.p("xây dựng")

    /// "… được nâng hạng", "… nâng hạng lên 4 sao" after a count, in its clause, within a few words.
    func upgraded(after q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        while k < min(range.upperBound, q.tokens.upperBound + 10), doc.tokens[k].kind != .punct {
            if doc.matches(Self.nangHang, at: k) { return true }
            k += 1
        }
        return false
    }
    private static let nangHang = Lex.p("nâng hạng")
}
