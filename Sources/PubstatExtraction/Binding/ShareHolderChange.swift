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
    /// "toàn huyện có 10 xã, thị trấn có tỷ lệ hộ nghèo < 7%", "8 xã còn lại có tỷ lệ hộ nghèo từ 9,67% đến 27,74%",
    /// "nằm trong nhóm 16 tỉnh, thành có số thu ngân sách từ 10.000-20.000 tỷ đồng": a level that a number of units
    /// each have describes those units, not the place the text is about; nor is a bound written as a sign ("< 7%")
    /// a figure.
    func isRateOfCountedUnits(_ d: Draft) -> Bool {
        guard let q = d.quantity, d.value != nil, d.changes.isEmpty else { return false }
        if q.unitClass == .percent, Self.boundSigns.contains(where: { doc.isPunct(q.tokens.lowerBound - 1, $0) }) { return true }
        guard d.cueStart > range.lowerBound, d.cueStart < q.tokens.lowerBound else { return false }
        let clause = clauseStart(d.cueStart)
        // "10 xã, thị trấn có": the count may stand a clause earlier, when the clause opens on a unit's name
        let start = Self.unitWords.contains(where: { doc.isWord(clause, $0) }) ? clauseStart(clause - 1) : clause
        // ("26 xã đạt thu nhập bình quân từ 20 đến dưới 30 triệu đồng/năm": or that they reach, the cue right after it)
        guard let has = (start..<d.cueStart).last(where: { doc.isWord($0, Self.co) || doc.isWord($0, Lex.dat) && $0 + 1 == d.cueStart })
        else { return false }
        // ("10 tỉnh, thành phố có tốc độ tăng GRDP dẫn đầu gồm: Bắc Giang tăng 13,45%, …": not the values of the units
        // listed after a colon, each named)
        guard !(d.cueStart..<q.tokens.lowerBound).contains(where: { doc.isPunct($0, ":") || doc.isWord($0, Self.gom) }) else { return false }
        // ("22 địa phương đạt tốc độ tăng GRDP cao hơn …, dẫn đầu là Hải Phòng (11,15%)": nor the value of a unit named right
        // before it)
        guard !places.contains(where: { $0.name != nil && $0.tokens.lowerBound >= d.cueEnd && $0.tokens.upperBound <= q.tokens.lowerBound
                                        && q.tokens.lowerBound - $0.tokens.upperBound <= 3 })
        else { return false }
        return (start..<has).contains { k in
            // (a count, not a year or a share: "6 tháng đầu năm 2025 tỉnh Ninh Thuận có GRDP tăng 9,1%")
            guard let n = doc.integer(k), !PeriodScanner.isYear(n), !doc.isPunct(k - 1, "/") else { return false }
            // ("Trong số 13 tỉnh thành, tỉnh Trà Vinh có giá trị xuất khẩu thấp nhất với 30,9 triệu USD": one of them named)
            return Self.unitWords.contains { doc.isWord(k + 1, $0) }
                && !places.contains { $0.name != nil && $0.tokens.lowerBound >= k + 1 && $0.tokens.upperBound <= has }
        }
    }

    private static let boundSigns: [Unicode.Scalar] = ["<", ">"]
    private static let co = Lex.w("có"), gom = Lex.w("gồm")
    private static let unitWords = [Lex.w("xã"), Lex.w("huyện"), Lex.w("phường"), Lex.w("thôn"), Lex.w("bản"), Lex.w("thị"),
                                    Lex.w("tỉnh"), Lex.w("thành"), Lex.w("địa")]
}
