extension SentenceBinder {
    /// "kiến nghị tăng thu ngân sách 52,7 tỷ đồng", "giảm chi thường xuyên 18 tỷ đồng": revenue or spending
    /// raised or cut by a sum is an adjustment, not the revenue or the spending.
    ///
    /// "… do một số ngành cao hơn số ước tính như: Nông, lâm nghiệp và thủy sản điều chỉnh tăng 0,4%; Công nghiệp tăng
    /// 0,1%": once a sentence tells a sector's change as revised by a number, its sectors' changes are revisions
    /// ("Cả ba khu vực đều được điều chỉnh: khu vực dịch vụ tăng 2,2%" tells the revised rates themselves).
    func isAdjustment(_ d: Draft) -> Bool {
        if d.sector != nil, let q = d.quantity ?? d.anchor,
           (range.lowerBound..<q.tokens.lowerBound).contains(where: { k in
               doc.matches(Self.revise, at: k) && (doc.isWord(k + 2, Lex.tang) || doc.isWord(k + 2, Lex.giam)) && doc.isNumber(k + 3)
           }) { return true }
        guard d.quantity?.unit?.isMoney ?? false, doc.isWord(d.cueStart, Self.revenueWord) || doc.isWord(d.cueStart, Self.spendingWord) else { return false }
        return doc.isWord(d.cueStart - 1, Lex.tang) || doc.isWord(d.cueStart - 1, Lex.giam)
    }

    private static let revise = Lex.p("điều chỉnh")
    private static let revenueWord = Lex.w("thu"), spendingWord = Lex.w("chi")
}
