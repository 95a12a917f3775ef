import PubstatModel

extension SentenceBinder {
    /// "Hàng năm, lượng khách tăng trung bình 22%": a change said as a mean over years ("tăng trung bình",
    /// "tăng bình quân"), with no level of its own, is no figure of the period the text reports. (A growth
    /// indicator's mean rate is its value, and stays; so does a rate per year, "tăng trung bình 11,5%/năm", a goal's.)
    func isMeanChangeOnly(_ d: Draft) -> Bool {
        guard d.value == nil, let q = d.quantity ?? d.anchor, q.unitClass == .percent, let entry = d.entry,
              !catalogue.entry(entry).changeIsValue, !q.perYear else { return false }
        return Self.meanWords.contains { doc.matchesBefore($0, q.tokens.lowerBound) }
    }

    private static let meanWords = [Lex.p("trung bình"), Lex.p("bình quân")]
}
