import PubstatModel

/// "GDP năm 2019 tăng 7,02%. Trong đó, tăng trưởng bốn quý đạt lần lượt 6,82%, 6,73%, 7,48% và 6,97%": the quarters of
/// a year's rate, counted and then listed in order after "lần lượt".
extension SentenceBinder {
    /// The year's rate `template` (of this sentence or the one before) restated for each quarter the sentence counts
    /// ("bốn quý", "4 quý", "các quý") and lists after "lần lượt", from the first quarter on.
    mutating func bindRespectiveQuarters(after template: Figure?) -> [Figure] {
        guard let template, template.unit == .percent, let period = template.period, !period.isTarget,
              case .year(let year) = period.span,
              let k = (range.lowerBound..<range.upperBound).first(where: { doc.matches(Lex.lanLuot, at: $0) }) else { return [] }
        // the count of quarters, at most three words before "lần lượt": "bốn quý (đạt) lần lượt"
        guard let quarterWord = (max(range.lowerBound, k - 3)..<k).last(where: { doc.isWord($0, Lex.quy) }) else { return [] }
        let counted = Self.countWords[doc.hash(quarterWord - 1)] ?? doc.integer(quarterWord - 1)
        guard counted != nil || doc.isWord(quarterWord - 1, Lex.cac) else { return [] }
        let values = ratesListed(afterRespectively: k)
        guard values.count >= 2, values.count <= 4, counted.map({ $0 == values.count }) ?? true else { return [] }
        var out: [Figure] = []
        for (quarter, i) in zip(1...values.count, values) {
            out.append(restated(template, as: quantities[i].value, over: Period(.quarter(year: year, quarter: quarter)),
                                quoting: (quarterWord - 1)..<quantities[i].tokens.upperBound))
            markBound(i)
        }
        return out
    }

    private static let countWords: [UInt64: Int] = [Lex.w("hai"): 2, Lex.w("ba"): 3, Lex.w("bốn"): 4]
}
