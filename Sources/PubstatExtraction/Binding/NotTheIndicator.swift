import PubstatModel

/// Figures whose own words show they are not their indicator's: industry summed with construction, products moved up a
/// rank, capital attracted, farm goods without fishery, growth measured by gross output.
extension SentenceBinder {
    /// An industrial output cue followed by "- xây dựng", "và xây dựng" or ", xây dựng": industry and construction summed.
    func joinsConstruction(_ draft: Draft) -> Bool {
        guard draft.indicator == Self.industrialOutput else { return false }
        var k = draft.cueEnd
        if doc.isPunct(k, "-") || doc.isPunct(k, ",") || doc.isWord(k, Lex.va) { k += 1 } else { return false }
        return doc.matches(Self.xayDung, at: k)
    }
    private static let industrialOutput = Indicator("industrial_production_value"), xayDung = Lex.p("xây dựng")

    /// "Ngành chăn nuôi phát triển, giá trị sản xuất đạt 520 tỷ đồng", "Trồng trọt: giá trị sản xuất đạt …": output
    /// named without "tổng" is the whole only when it opens the sentence or a clause after a comma, and no sector or
    /// branch is named before it in the sentence.
    func outputOfAPart(_ draft: Draft) -> Bool {
        guard draft.indicator == Self.output, !doc.isWord(draft.cueStart, Lex.tong) else { return false }
        let start = draft.cueStart
        guard start == range.lowerBound || doc.isPunct(start - 1, ",") else { return true }
        return (range.lowerBound..<start).contains { k in
            catalogue.bareSectors.longestMatch(in: doc.tokens, at: k, limit: start) != nil
                || catalogue.sectors.longestMatch(in: doc.tokens, at: k, limit: start) != nil
                || Self.branches.contains { doc.matches($0, at: k) }
        }
    }
    private static let output = Indicator("production_value")
    private static let branches = ["chăn nuôi", "trồng trọt", "lâm nghiệp", "thủy sản", "thuỷ sản", "du lịch", "sản phẩm", "cây", "con"].map(Lex.p)

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

    /// "thu hút vốn FDI tăng 27,2%", "thu hút được 550 triệu vốn FDI": what is attracted is capital or projects, not
    /// visitors — an investment word between the cue "thu hút" and the number, or right after the number.
    func attractsInvestment(_ draft: Draft) -> Bool {
        guard let entry = draft.entry, catalogue.entry(entry).countsArrivals, doc.matches(Self.thuHut, at: draft.cueStart) else { return false }
        let end = min(range.upperBound, (draft.quantity?.tokens.upperBound ?? draft.cueEnd) + 2)
        return (draft.cueEnd..<end).contains { k in Self.investmentWords.contains { doc.matches($0, at: k) } }
    }
    private static let thuHut = Lex.p("thu hút")
    private static let investmentWords = ["vốn", "đầu tư", "dự án", "FDI", "DDI", "doanh nghiệp"].map(Lex.p)

    /// "nhóm hàng nông sản, lâm sản đạt 5,8 tỷ USD": farm and forest products, a group that leaves out fishery, not
    /// the farm exports the cue "nhóm hàng nông sản" names alone.
    func leavesOutFishery(_ draft: Draft) -> Bool {
        guard draft.indicator == Self.agriExports else { return false }
        let k = doc.isPunct(draft.cueEnd, ",") || doc.isWord(draft.cueEnd, Lex.va) ? draft.cueEnd + 1 : draft.cueEnd
        return doc.matches(Self.lamSan, at: k)
    }
    private static let agriExports = Indicator("agri_export_value"), lamSan = Lex.p("lâm sản")

    /// "tốc độ tăng trưởng kinh tế theo giá trị sản xuất từ 16,5-17,5%", "kinh tế huyện tăng trưởng khá với tốc độ tăng giá
    /// trị sản xuất ước 9,71%": growth measured by gross output, not by the value added the regional product counts.
    func measuresGrossOutput(_ draft: Draft) -> Bool {
        guard draft.indicator == Self.grdpGrowth else { return false }
        if (draft.cueEnd..<min(range.upperBound, draft.cueEnd + 3)).contains(where: { doc.matches(Self.theoGiaTriSanXuat, at: $0) }) { return true }
        // (the growth of gross output named between the cue and the rate)
        guard let q = draft.quantity, draft.cueEnd < q.tokens.lowerBound else { return false }
        return (draft.cueEnd..<q.tokens.lowerBound).contains { k in
            doc.matches(Self.giaTriSanXuat, at: k) && (doc.isWord(k - 1, Lex.tang) || doc.isWord(k - 1, Self.truong))
        }
    }
    private static let theoGiaTriSanXuat = Lex.p("theo giá trị sản xuất"), giaTriSanXuat = Lex.p("giá trị sản xuất"), truong = Lex.w("trưởng")
}
