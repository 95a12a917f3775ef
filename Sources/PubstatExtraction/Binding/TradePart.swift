import PubstatModel

extension SentenceBinder {
    /// "Khu vực kinh tế trong nước xuất khẩu 78,2 tỷ USD", "Hoa Kỳ là thị trường xuất khẩu lớn nhất với 77,1 tỷ
    /// USD": exports or imports of one ownership sector or to one market are a part of the trade the catalogue
    /// counts, not the whole. The part is named in the cue's clause, before the cue.
    func isTradePart(_ d: Draft) -> Bool {
        guard Self.tradeIndicators.contains(d.indicator) else { return false }
        if describesAProduct(d) { return true }
        // ("kim ngạch xuất khẩu của doanh nghiệp FDI đạt 10 tỷ USD", "xuất khẩu sang thị trường EU": named after the cue)
        let after = d.cueEnd..<(d.quantity?.tokens.lowerBound ?? d.cueEnd)
        if after.contains(where: { k in Self.partSubjects.contains { doc.matches($0, at: k) } || doc.isWord(k, Self.sang) }) { return true }
        guard d.cueStart > range.lowerBound else { return false }
        let clause = clauseStart(d.cueStart)..<d.cueStart
        // ("các doanh nghiệp FDI … đã đưa kim ngạch xuất khẩu của tỉnh đạt 2.451 triệu USD": what the part brought the
        // whole to is the whole)
        return clause.contains { k in
            Self.partSubjects.contains { doc.matches($0, at: k) } && !(k..<d.cueStart).contains { doc.isWord($0, Self.dua) || doc.isWord($0, Self.nang) }
        }
    }

    /// "đặc biệt là cây cà phê (sản lượng khoảng 450.000 tấn/năm, kim ngạch xuất khẩu đạt khoảng 1 tỷ USD)": the trade
    /// in brackets after a tonnage describes one product, not the province's trade.
    private func describesAProduct(_ d: Draft) -> Bool {
        guard let q = d.quantity, let open = (max(range.lowerBound, q.tokens.lowerBound - 20)..<q.tokens.lowerBound).last(where: { doc.isPunct($0, "(") }),
              !(open..<q.tokens.lowerBound).contains(where: { doc.isPunct($0, ")") }) else { return false }
        return quantities.contains { $0.unitClass == .mass && $0.tokens.lowerBound > open && $0.tokens.upperBound <= d.cueStart }
    }

    /// "thu ngân sách từ xổ số kiến thiết đạt 500 tỷ đồng": revenue from one source the catalogue does not name
    /// is a part of the revenue, not its total ("từ đầu năm", "từ ngày …" date it instead).
    /// ("Trong các khoản thu ngân sách, lớn nhất là thu từ khu vực doanh nghiệp đầu tư nước ngoài với 15.500 tỷ đồng":
    /// so is a number after "thu từ" a source, named between the total's cue and the number)
    func isRevenuePart(_ d: Draft) -> Bool {
        guard Self.revenueTotals.contains(d.indicator), let q = d.quantity, q.tokens.lowerBound > d.cueEnd else { return false }
        if fromASource(at: d.cueEnd) { return true }
        return (d.cueEnd..<q.tokens.lowerBound).contains { doc.isWord($0, Self.thu) && fromASource(at: $0 + 1) }
    }

    /// "từ" at token `k` and a word after it that is no period's ("từ xổ số", not "từ đầu năm").
    private func fromASource(at k: Int) -> Bool {
        doc.isWord(k, Lex.tu) && k + 1 < range.upperBound && doc.tokens[k + 1].kind == .word && !Self.periodWords.contains(doc.tokens[k + 1].hash)
    }

    /// "thu cân đối ngân sách từ hoạt động xuất, nhập khẩu 104,5 nghìn tỷ đồng", "số thu thuế từ hoạt động xuất nhập
    /// khẩu … đạt 1.642 tỷ đồng": a sum in đồng for exports or imports, a few words after the budget, revenue or tax
    /// is named, is the budget's revenue from trade, not the trade's value.
    /// ("…; thu xuất nhập khẩu đạt hơn 6 nghìn tỉ đồng, vượt 3,2% dự toán Trung ương": or one measured against an estimate
    /// an authority assigned, which only the budget has)
    func revenueFromTrade(_ d: inout Draft) {
        guard Self.tradeIndicators.contains(d.indicator), d.quantity?.unit?.baseName == "vnd", d.cueStart > range.lowerBound,
              d.pctOfPlan.contains(where: { $0.authority != .plan }) || window(before: d.cueStart, within: 10).contains(where: {
                  doc.matches(Self.nganSach, at: $0) || doc.isWord($0, Self.nsnn) || doc.isWord($0, Self.thu) || doc.isWord($0, Self.thue)
              }),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.revenueFromTrade }) else { return }
        d.indicator = Self.revenueFromTrade
        d.entry = entry
    }

    private static let nganSach = Lex.p("ngân sách"), nsnn = Lex.w("NSNN")
    private static let revenueFromTrade = Indicator("budget_revenue_import_export")
    private static let sang = Lex.w("sang"), dua = Lex.w("đưa"), nang = Lex.w("nâng")
    private static let thu = Lex.w("thu"), thue = Lex.w("thuế")
    private static let revenueTotals: Set<Indicator> = [Indicator("budget_revenue_on_territory"), Indicator("budget_revenue_local_total")]
    private static let periodWords = WordSet([Lex.dau, Lex.ngay, Lex.thang, Lex.quy, Lex.nam, Lex.w("khi"), Lex.w("cuối")])

    private static let tradeIndicators: Set<Indicator> = [Indicator("export_value"), Indicator("import_value"), Indicator("export_import_value")]
    private static let partSubjects = [
        "thị trường", "khu vực kinh tế trong nước", "khu vực có vốn đầu tư nước ngoài", "khu vực FDI", "doanh nghiệp FDI",
        "doanh nghiệp có vốn đầu tư nước ngoài", "doanh nghiệp trong nước",
    ].map(Lex.p)
}
