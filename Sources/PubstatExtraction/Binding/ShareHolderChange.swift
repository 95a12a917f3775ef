import PubstatModel

extension SentenceBinder {
    /// "nhóm hàng linh kiện ô tô, chiếm 67% trong cơ cấu nhập khẩu của tỉnh và tăng gần 100%", "ngành giày da …,
    /// chiếm 35% nhưng giá trị xuất khẩu giảm gần 10%": a change told after "chiếm" in the same clause, with the
    /// indicator's cue after it, belongs to the part that takes that share of the whole, not to the whole. (Only a
    /// change without a value of its own: "doanh thu bán lẻ đạt 164,7 nghìn tỷ đồng, chiếm 61% tổng mức và tăng
    /// 13,9%" keeps its value and its change.)
    func isChangeOfAShareHolder(_ d: Draft) -> Bool {
        guard d.value == nil, let q = d.quantity ?? d.anchor, q.unitClass == .percent, let entry = d.entry,
              !catalogue.entry(entry).changeIsValue else { return false }
        let number = q.tokens.lowerBound
        guard let share = (clauseStart(number)..<number).last(where: { doc.isWord($0, Lex.chiem) }) else { return false }
        // the indicator is named after "chiếm", as the whole the part is a share of
        return cues.contains { $0.start > share && $0.end <= number && $0.entries.contains(entry) }
    }
}

extension SentenceBinder {
    /// "toàn huyện có 10 xã, thị trấn có tỷ lệ hộ nghèo < 7%", "8 xã còn lại có tỷ lệ hộ nghèo từ 9,67% đến 27,74%":
    /// a rate that a number of units each have (or stay under) describes those units, not the place the text is
    /// about; nor is a bound written as a sign ("< 7%") a figure.
    func isRateOfCountedUnits(_ d: Draft) -> Bool {
        guard let q = d.quantity, q.unitClass == .percent, d.value != nil, d.changes.isEmpty else { return false }
        let before = q.tokens.lowerBound - 1
        if Self.boundSigns.contains(where: { doc.isPunct(before, $0) }) { return true }
        guard d.cueStart > range.lowerBound else { return false }
        let clause = clauseStart(d.cueStart)
        // "10 xã, thị trấn có": the count may stand a clause earlier, when the clause opens on a unit's name
        let start = Self.unitWords.contains(where: { doc.isWord(clause, $0) }) ? clauseStart(clause - 1) : clause
        guard let has = (start..<d.cueStart).last(where: { doc.isWord($0, Self.co) }) else { return false }
        return (start..<has).contains { k in doc.integer(k) != nil && Self.unitWords.contains { doc.isWord(k + 1, $0) } }
    }

    private static let boundSigns: [Unicode.Scalar] = ["<", ">"]
    private static let co = Lex.w("có")
    private static let unitWords = [Lex.w("xã"), Lex.w("huyện"), Lex.w("phường"), Lex.w("thôn"), Lex.w("bản"), Lex.w("thị")]
}
