import PubstatModel

/// A district, town or provincial city written by its name alone on its province's newspaper.
extension DocumentSubject {
    /// The one district, town or provincial city of `province` whose name the text writes alone (capitalised, no
    /// level word, not within a longer name) in its first sentence and at least once more, when the text names no
    /// place with a level word and speaks of no "tỉnh" but one that set an estimate: "9 tháng, Côn Đảo đón 448.215
    /// lượt khách … đến Côn Đảo" on the province's newspaper is about the district.
    static func unitWrittenAlone(within province: Jurisdiction, mentions: [PlaceMention], in gazetteer: Gazetteer, doc: Document) -> Jurisdiction? {
        guard let first = doc.sentences.first,
              mentions.allSatisfy({ $0.level == .country || $0.name == nil && ($0.level != .province || setsTheEstimate($0, doc: doc)) })
        else { return nil }
        var found: Jurisdiction?
        for unit in gazetteer.localUnits(of: province) where unit.name != province.name {
            let at = positionsWrittenAlone(unit.name, in: doc)
            guard at.count >= 2, first.contains(at[0]) else { continue }
            if found != nil, found != unit { return nil }
            found = unit
        }
        return found
    }

    /// Where `name` stands capitalised with no capitalised word right before or after it.
    private static func positionsWrittenAlone(_ name: String, in doc: Document) -> [Int] {
        let phrase = Lex.p(name)
        guard !phrase.isEmpty else { return [] }
        var found: [Int] = []
        for k in 0..<doc.count where doc.isCapitalised(k) && doc.matches(phrase, at: k) {
            let after = k + phrase.count
            let joinedBefore = k > 0 && !doc.tokens[k].newlineBefore && doc.tokens[k - 1].kind == .word && doc.isCapitalised(k - 1)
                && doc.sentences[doc.sentenceIndex(of: k)].lowerBound != k
            let joinedAfter = after < doc.count && !doc.tokens[after].newlineBefore && doc.tokens[after].kind == .word && doc.isCapitalised(after)
            if !joinedBefore, !joinedAfter { found.append(k) }
        }
        return found
    }
}
