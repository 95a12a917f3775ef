import PubstatModel

/// Communes and wards a sentence names: before the 2025 reform units below the district whose figures are no one
/// else's; since, units right under the province whose figures are the province's, scoped to the unit.
extension SentenceBinder {
    /// "xã Mường Phăng", "Phường Đông Hà" written in the clause before token `t` (the level word as written, not a
    /// headline's capitals, nor "thị xã"; the name capitalised on the same line, not an acronym: "xã NTM"); or a name
    /// with its district in brackets after it, "Trà Giác (Bắc Trà My)".
    func namesCommune(before t: Int) -> Bool {
        let start = clauseStart(t)
        return (start..<max(start, t - 1)).contains { k in
            (doc.isWord(k, Lex.xa) || doc.isWord(k, Lex.phuong)) && DocumentSubject.communeNamed(at: k, in: doc) != nil
                || doc.isPunct(k, "(") && doc.isCapitalised(k - 1) && namesDistrict(inBracketAt: k)
        }
    }

    /// The commune or ward named last in the sentence before `t`, with no other place named after it ("Phường Phong
    /// Châu có tỷ lệ hộ nghèo …", "Xã Thu Cúc tập trung phát triển kinh tế, góp phần giảm tỷ lệ hộ nghèo …"; not "Xã X …,
    /// toàn tỉnh có …").
    func communeOfSentence(before t: Int) -> Jurisdiction? {
        for k in stride(from: t - 2, through: range.lowerBound, by: -1) where doc.isWord(k, Lex.xa) || doc.isWord(k, Lex.phuong) {
            guard let unit = DocumentSubject.communeNamed(at: k, in: doc) else { continue }
            return places.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound < t } ? nil : unit
        }
        return nil
    }

    /// "(Bắc Trà My)": a district's name alone in the bracket opening at token `open`.
    private func namesDistrict(inBracketAt open: Int) -> Bool {
        guard let m = catalogue.gazetteer.districtNames.longestMatch(in: doc.tokens, at: open + 1, limit: min(doc.count, open + 6)) else {
            return false
        }
        return doc.isPunct(m.end, ")")
    }
}
