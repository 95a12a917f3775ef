extension SentenceBinder {
    /// "Xét theo vùng, Trung du và miền núi phía Bắc vẫn là vùng có tỷ lệ hộ nghèo cao nhất (10,96%)", "GRDP 9 tháng của
    /// vùng Đồng bằng sông Cửu Long ước tăng 6,6%": a figure of a region (no province, no country) has no place in the
    /// schema; it is held back rather than given to the bulletin's subject.
    func isRegionFigure(_ d: Draft) -> Bool {
        guard let q = d.quantity ?? d.anchor else { return false }
        let clause = clauseStart(min(d.cueStart, q.tokens.lowerBound))..<q.tokens.lowerBound
        // ("vùng" as the clause's subject: "của vùng X", "là vùng có", "theo vùng", "trong khi vùng X có"; not "thứ nhất
        // vùng X", nor "Vũng Tàu")
        guard let region = clause.last(where: { k in
            doc.isWord(k, Self.vung) && !doc.isCapitalised(k) && (doc.isCapitalised(k + 1) || doc.isWord(k + 1, Lex.co))
                && (k == clause.lowerBound || doc.isWord(k - 1, Lex.cua) || doc.isWord(k - 1, Lex.la) || doc.isWord(k - 1, Lex.theo)
                    || doc.isWord(k - 1, Self.khi))
        }) else { return false }
        return !places.contains { $0.name != nil && $0.tokens.lowerBound > region && $0.tokens.upperBound <= q.tokens.lowerBound }
    }

    private static let vung = Lex.w("vùng"), khi = Lex.w("khi")
}
