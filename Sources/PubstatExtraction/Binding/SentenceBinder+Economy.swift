import PubstatModel

extension SentenceBinder {
    /// The economy's growth that token `k` opens, by the first of the four readings below that reads one. The cue
    /// search asks this at every token that may open a cue, and most open none of these: a word that starts no
    /// reading (each needs "kinh", "tăng", "mức" or "tốc" at `k`) is passed after one look-up, not four calls.
    func economyCue(at k: Int, limit: Int) -> Cue? {
        guard Self.economyCueStarts.contains(doc.hash(k)) else { return nil }
        return economyOfPlaceCue(at: k, limit: limit) ?? growthAfterEconomyLeadIn(at: k, limit: limit)
            ?? growthOfPlaceCue(at: k, limit: limit) ?? growthReachedByPlaceCue(at: k, limit: limit)
    }
    /// The words the four readings start with: "kinh" of "kinh tế", "tăng" of "tăng trưởng", "mức", "tốc" of "tốc độ"
    /// (a reading added below with another first word must add it here).
    private static let economyCueStarts = WordSet([kinhTe[0], tangTruong[0], muc, tocDo[0]])

    /// "Kinh tế tỉnh An Giang tăng trưởng 6,8%", "nền kinh tế của Hà Nội ước tăng 6,5%": the economy of a
    /// named place growing is that place's GRDP growth. The cue ends before the verb, so the number
    /// after it reads as a change.
    func economyOfPlaceCue(at k: Int, limit: Int) -> Cue? {
        guard doc.matches(Self.kinhTe, at: k) else { return nil }
        var j = k + Self.kinhTe.count
        if doc.isWord(j, Lex.cua) { j += 1 }
        if doc.isWord(j, Lex.toan) { j += 1 }
        guard let place = places.first(where: { $0.tokens.lowerBound == j && !$0.inParentheses }) else { return nil }
        var end = place.tokens.upperBound
        // "kinh tế toàn tỉnh Hà Nam": a generic mention and the name after it
        while let next = places.first(where: { $0.tokens.lowerBound == end && !$0.inParentheses }) { end = next.tokens.upperBound }
        // "Kinh tế Đà Nẵng năm 2024 tăng trưởng 7,5%": the period may sit between
        // ("Kinh tế tỉnh Bình Phước 6 tháng đầu năm 2022 tăng trưởng 6,91%": a period that opens with its count of months,
        // a number before the verb)
        var verb = end
        var dated = false
        if let own = timeline.ownMention(at: verb) { verb = timeline.mentions[own].tokens.upperBound; dated = true }
        if doc.isWord(verb, Self.uoc) { verb += 1 }
        // ("kinh tế tỉnh Bình Phước tiếp tục tăng trưởng khá, ước đạt 6,91%", "vẫn tăng trưởng")
        if doc.matches(Self.tiepTuc, at: verb) { verb += Self.tiepTuc.count } else if doc.isWord(verb, Self.van) { verb += 1 }
        guard verb < limit || dated && end <= limit, doc.isWord(verb, Lex.tang),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.grdpGrowth }) else { return nil }
        return Cue(start: k, end: end, entries: [entry])
    }

    /// "Về kinh tế, tăng trưởng ước đạt 3,98%": bare growth opening the clause after a lead-in naming the economy
    /// is the economy's growth.
    func growthAfterEconomyLeadIn(at k: Int, limit: Int) -> Cue? {
        guard doc.matches(Self.tangTruong, at: k), doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ":"),
              doc.matches(Self.kinhTe, at: k - 1 - Self.kinhTe.count), doc.isWord(k - 2 - Self.kinhTe.count, Self.ve) else { return nil }
        var verb = k + Self.tangTruong.count
        if doc.isWord(verb, Self.uoc) { verb += 1 }
        guard verb < limit, doc.isWord(verb, Lex.dat),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.grdpGrowth }) else { return nil }
        return Cue(start: k, end: k + Self.tangTruong.count, entries: [entry])
    }

    /// "Tăng trưởng quý II của tỉnh ước tăng 9,2%", "tăng trưởng của thành phố Cần Thơ đạt 7%": bare growth, opening
    /// its clause, of a province or city named after "của" is that place's economic growth.
    func growthOfPlaceCue(at k: Int, limit: Int) -> Cue? {
        guard doc.matches(Self.tangTruong, at: k), k == range.lowerBound || doc.tokens[k - 1].kind == .punct else { return nil }
        var j = k + Self.tangTruong.count
        if let own = timeline.ownMention(at: j) { j = timeline.mentions[own].tokens.upperBound }
        guard doc.isWord(j, Lex.cua),
              let place = places.first(where: { $0.tokens.lowerBound == j + 1 && !$0.inParentheses
                  && ($0.level == .province || $0.level == .city) }) else { return nil }
        var end = place.tokens.upperBound
        while let next = places.first(where: { $0.tokens.lowerBound == end && !$0.inParentheses }) { end = next.tokens.upperBound }
        var verb = end
        if doc.isWord(verb, Self.uoc) { verb += 1 }
        guard verb < limit, doc.isWord(verb, Lex.tang) || doc.isWord(verb, Lex.dat),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.grdpGrowth }) else { return nil }
        return Cue(start: k, end: end, entries: [entry])
    }

    /// "Nghệ An đạt mức tăng trưởng 9,01%", "tỉnh Bắc Giang năm 2024 có tốc độ tăng trưởng 13,85%": bare growth that a
    /// province or city reaches or has, its value next, is that place's economic growth.
    func growthReachedByPlaceCue(at k: Int, limit: Int) -> Cue? {
        let growth = doc.isWord(k, Self.muc) ? k + 1 : doc.matches(Self.tocDo, at: k) ? k + Self.tocDo.count : k
        guard growth > k, doc.matches(Self.tangTruong, at: growth), doc.isWord(k - 1, Lex.dat) || doc.isWord(k - 1, Lex.co) else { return nil }
        let end = growth + Self.tangTruong.count
        guard end <= limit, end < range.upperBound,
              doc.isNumber(end) || Self.valueLeads.contains(doc.hash(end)) && doc.tokens[end].kind == .word else { return nil }
        var subjectEnd = k - 1
        if let own = timeline.anyMention(endingAt: subjectEnd) { subjectEnd = timeline.mentions[own].tokens.lowerBound }
        // (the place itself, not a sector or a trade of it, "ngành công nghiệp tỉnh Bắc Giang có tốc độ tăng trưởng …")
        guard let place = places.first(where: { $0.tokens.upperBound == subjectEnd && !$0.inParentheses && ($0.level == .province || $0.level == .city) }),
              (clauseStart(place.tokens.lowerBound)..<place.tokens.lowerBound).allSatisfy({ !doc.tokens[$0].flags.contains(.cueOpener) }),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.grdpGrowth }) else { return nil }
        return Cue(start: k, end: end, entries: [entry])
    }
    static let muc = Lex.w("mức")
    private static let valueLeads = WordSet([Lex.w("ước"), Lex.dat, Lex.la, Lex.hon, Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên")])

    /// "tăng trưởng", "tốc độ": growth and its rate, for every rule of the binder that looks for the words.
    static let tangTruong = Lex.p("tăng trưởng"), tocDo = Lex.p("tốc độ")
    private static let ve = Lex.w("về"), tiepTuc = Lex.p("tiếp tục"), van = Lex.w("vẫn")
    private static let kinhTe = Lex.p("kinh tế"), uoc = Lex.w("ước")
    static let grdpGrowth = Indicator("grdp_growth")
}
