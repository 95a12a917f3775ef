import PubstatModel

extension SentenceBinder {
    /// "Khu vực kinh tế trong nước xuất khẩu 78,2 tỷ USD", "Hoa Kỳ là thị trường xuất khẩu lớn nhất với 77,1 tỷ
    /// USD": exports or imports of one ownership sector or to one market are a part of the trade the catalogue
    /// counts, not the whole. The part is named in the cue's clause, before the cue.
    func isTradePart(_ d: Draft) -> Bool {
        guard Self.tradeIndicators.contains(d.indicator), d.cueStart > range.lowerBound else { return false }
        let clause = clauseStart(d.cueStart)..<d.cueStart
        return clause.contains { k in Self.partSubjects.contains { doc.matches($0, at: k) } }
    }

    private static let tradeIndicators: Set<Indicator> = [Indicator("export_value"), Indicator("import_value"), Indicator("export_import_value")]
    private static let partSubjects = [
        "thị trường", "khu vực kinh tế trong nước", "khu vực có vốn đầu tư nước ngoài", "khu vực FDI", "doanh nghiệp FDI",
        "doanh nghiệp có vốn đầu tư nước ngoài", "doanh nghiệp trong nước",
    ].map(Lex.p)
}
