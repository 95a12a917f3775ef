import PubstatModel

extension SentenceBinder {
    /// "Nhiều điểm du lịch thu hút đông khách trong tháng 7 như: động Thiên Đường hơn 50.000 lượt khách, suối Mọc gần
    /// 18.000 lượt khách": the visitors of named sites listed after "như", one number of visits each. Each item is the
    /// arrivals at that site (`scope: site:<name>`); two items at least, in a sentence that speaks of tourist sites.
    mutating func sitesAfter() -> [Draft] {
        guard let nhu = (range.lowerBound..<range.upperBound).first(where: { doc.isWord($0, Self.nhuWord) }),
              (range.lowerBound..<nhu).contains(where: { k in Self.siteWords.contains { doc.matches($0, at: k) } }),
              let entry = catalogue.entryIndex(of: Self.touristArrivals) else { return [] }
        var start = doc.isPunct(nhu + 1, ":") ? nhu + 2 : nhu + 1
        var items: [(index: Int, name: Range<Int>)] = []
        for i in quantities.indices where quantities[i].tokens.lowerBound > start {
            let q = quantities[i]
            guard !bound[i], case .level = role[i], q.unitClass == .arrivals, let name = siteName(from: start, to: q.tokens.lowerBound) else { break }
            items.append((i, name))
            let end = q.tokens.upperBound
            guard doc.isPunct(end, ",") || doc.isPunct(end, ";") else { break }
            start = end + 1
        }
        guard items.count >= 2 else { return [] }
        return items.map { item in
            bound[item.index] = true
            let q = quantities[item.index]
            var draft = Draft(indicator: Self.touristArrivals, entry: entry, quantity: q, value: q.value,
                              cueStart: item.name.lowerBound, cueEnd: item.name.lowerBound, end: q.tokens.upperBound)
            let name = doc.original(item.name)
            draft.scope = "site:" + name.prefix(1).uppercased() + name.dropFirst()
            return draft
        }
    }

    /// The words between an item's start and its number, less the qualifier before the number: one to eight tokens, one
    /// of them capitalised ("động Thiên Đường", "Sông Chày-Hang Tối").
    private func siteName(from start: Int, to number: Int) -> Range<Int>? {
        var end = number
        while end > start, doc.tokens[end - 1].kind == .word, Self.itemVerbs.contains(doc.tokens[end - 1].hash) { end -= 1 }
        guard (1...8).contains(end - start),
              (start..<end).allSatisfy({ doc.tokens[$0].kind == .word || doc.isPunct($0, "-") }),
              (start..<end).contains(where: { doc.isCapitalised($0) }) else { return nil }
        return start..<end
    }

    private static let nhuWord = Lex.w("như")
    private static let touristArrivals = Indicator("tourist_arrivals")
    private static let siteWords = ["địa điểm", "điểm du lịch", "khu du lịch", "điểm tham quan", "khu điểm"].map(Lex.p)
    private static let itemVerbs = WordSet([Lex.hon, Lex.dat, Lex.la, Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên"), Lex.w("đón"),
                                            Lex.w("với"), Lex.w("có"), Lex.w("ước")])
}
