extension SentenceBinder {
    /// "kiến nghị tăng thu ngân sách 52,7 tỷ đồng", "giảm chi thường xuyên 18 tỷ đồng": revenue or spending
    /// raised or cut by a sum is an adjustment, not the revenue or the spending; so is a sector's revised change
    /// (`isRevision`).
    func isAdjustment(_ d: Draft) -> Bool {
        if isRevision(d) { return true }
        guard d.quantity?.unit?.isMoney ?? false, doc.isWord(d.cueStart, Self.revenueWord) || doc.isWord(d.cueStart, Self.spendingWord) else { return false }
        return doc.isWord(d.cueStart - 1, Lex.tang) || doc.isWord(d.cueStart - 1, Lex.giam)
    }

    private static let revenueWord = Lex.w("thu"), spendingWord = Lex.w("chi")
}
