import PubstatModel

/// Provinces listed with one value each, after words that say what the values are: "Cụ thể, Cao Bằng tăng
/// trưởng 6,52%; Điện Biên 6,76%; Sơn La 6,26%" after a sentence whose cue bound no figure ("… có mức tăng
/// trưởng GRDP 9 tháng chưa đạt kỳ vọng"), or "4 địa phương … ghi nhận mức tăng trưởng 2 con số là: Nam Định
/// 11,86%; Hải Phòng 11,07%" (localities' growth is their GRDP's). Each item is that indicator for its place.
extension SentenceBinder {
    /// What a list of localities may be about: the cue entries of the sentence before (when they bound no
    /// figure there), else "địa phương … tăng trưởng" in this sentence or the one before.
    struct LocalityTopic {
        var entries: [Int]
        /// Named in the sentence before, not in this one: a single item may then open the sentence.
        var carried: Bool
        /// The indicator of the last figure of the sentence before ("Hà Giang … thấp nhất cả nước với 2,06 triệu đồng.
        /// Trong top 10 thấp nhất còn có Cao Bằng: 2,35 triệu đồng, Bắc Kạn: 2,34 triệu đồng, …").
        var continuesFigure = false
    }

    /// The figures of the items of a locality list in this sentence (none when fewer than two items are found,
    /// or one that does not open a sentence after a carried topic; three at least to go on from a figure).
    mutating func bindLocalityItems(topic: LocalityTopic?) -> [Figure] {
        guard let topic else { return [] }
        var items: [(index: Int, place: PlaceMention, entry: Int, fall: Bool, end: Int)] = []
        for i in quantities.indices where !isBound(i) {
            let q = quantities[i]
            guard q.unitClass == .percent || q.unitClass == .money, let (place, fall, end) = localityBefore(q),
                  let entry = topic.entries.first(where: { compatible(q, $0) && (q.unitClass != .percent || catalogue.entry($0).changeIsValue) })
            else { continue }
            items.append((i, place, entry, fall, end))
        }
        let opensSentence = items.first.map { opensItem($0.place.tokens.lowerBound) && leadsSentence($0.place.tokens.lowerBound) } ?? false
        guard items.count >= (topic.continuesFigure ? 3 : 2) || items.count == 1 && topic.carried && !topic.continuesFigure && opensSentence
        else { return [] }
        var out: [Figure] = []
        for item in items {
            let q = quantities[item.index]
            var draft = Draft(indicator: catalogue.entry(item.entry).indicator, entry: item.entry, quantity: q,
                              value: item.fall ? -q.value : q.value, cueStart: item.place.tokens.lowerBound,
                              cueEnd: item.place.tokens.lowerBound, end: item.end)
            draft.jurisdiction = Jurisdiction(item.place.level, item.place.name!)
            let figure = finish(draft)
            // provinces ranked by output are ranked over quarters and years, never one month: a month read from
            // the text around the list is not its period
            if case .month = figure.period?.span, catalogue.family(of: figure.indicator) != nil { return [] }
            out.append(figure)
        }
        for item in items { markBound(item.index) }
        return out
    }

    /// The topic this sentence's list may have: the pending one of the sentence before, else its own words.
    func localityTopic(pending: LocalityTopic?) -> LocalityTopic? {
        if let pending { return pending }
        guard speaksOfLocalitiesGrowth(in: range), let growth = Self.localGrowthEntry(catalogue) else { return nil }
        return LocalityTopic(entries: [growth], carried: false)
    }

    /// A list with no cue of its own after a sentence whose last figure was a province's or city's: that indicator.
    func continuedLocalityTopic(after last: Figure?) -> LocalityTopic? {
        guard let last, last.value != nil, last.jurisdiction.level == .province || last.jurisdiction.level == .city,
              !cues.contains(where: { !$0.entries.isEmpty }),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == last.indicator }) else { return nil }
        return LocalityTopic(entries: [entry], carried: true, continuesFigure: true)
    }

    /// What a sentence that bound no figure leaves to the next: its growth cue's entries ("… 7 địa phương khác có
    /// mức tăng trưởng GRDP 9 tháng chưa đạt kỳ vọng"), or the localities' growth. (A level's cue in a sentence with
    /// numbers is left to the series rules: "42/63 địa phương có số thu nội địa đạt trên 70% dự toán. Một số địa
    /// phương có quy mô thu lớn: …".)
    func pendingLocalityTopic(figures: [Figure]) -> LocalityTopic? {
        guard figures.isEmpty else { return nil }
        if let cue = cues.last(where: { !$0.entries.isEmpty }) {
            let growth = cue.entries.filter { catalogue.entry($0).changeIsValue }
            return growth.isEmpty ? nil : LocalityTopic(entries: growth, carried: true)
        }
        guard speaksOfLocalitiesGrowth(in: range), let growth = Self.localGrowthEntry(catalogue) else { return nil }
        return LocalityTopic(entries: [growth], carried: true)
    }

    /// What a sentence without numbers leaves to the next: a cue of it ("… có mức tăng trưởng GRDP 9 tháng chưa
    /// đạt kỳ vọng"), else the localities' growth it speaks of.
    func numberlessLocalityTopic() -> LocalityTopic? {
        if let cue = findCues(bareSectors: false, previous: nil).last(where: { !$0.entries.isEmpty }) {
            return LocalityTopic(entries: cue.entries, carried: true)
        }
        guard speaksOfLocalitiesGrowth(in: range), let growth = Self.localGrowthEntry(catalogue) else { return nil }
        return LocalityTopic(entries: [growth], carried: true)
    }

    /// A province or city right before the value, with only the words of an item between: "Cao Bằng tăng trưởng
    /// 6,52%", "Điện Biên 6,76%", "tỉnh Hà Nam đạt 10,54%", "Quảng Ninh (11,67%)". Returns the place, whether the
    /// value is a fall, and the item's end.
    private func localityBefore(_ q: Quantity) -> (PlaceMention, Bool, Int)? {
        var k = q.tokens.lowerBound - 1
        var end = q.tokens.upperBound
        var fall = false
        if doc.isPunct(k, "(") {
            guard doc.isPunct(q.tokens.upperBound, ")") else { return nil }
            end += 1
            k -= 1
        } else if doc.isPunct(k, ":") {
            // "Cao Bằng: 2,35 triệu đồng"
            k -= 1
        } else {
            while k > range.lowerBound, q.tokens.lowerBound - k <= 4, doc.tokens[k].kind == .word, Self.itemWords.contains(doc.tokens[k].hash),
                  !places.contains(where: { $0.tokens.upperBound == k + 1 }) {
                if doc.isWord(k, Lex.giam) { fall = true }
                k -= 1
            }
        }
        guard let place = places.last(where: { $0.tokens.upperBound == k + 1 && $0.name != nil && !$0.namesBody }),
              place.level == .province || place.level == .city, opensItem(place.tokens.lowerBound) else { return nil }
        return (place, fall, end)
    }

    /// Token `k` opens an item of a list: the sentence's start, or after ",", ";", ":", "và", "gồm", "là", "có", "(".
    private func opensItem(_ k: Int) -> Bool {
        k == range.lowerBound || doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ";") || doc.isPunct(k - 1, ":") || doc.isPunct(k - 1, "(")
            || doc.isWord(k - 1, Lex.va) || doc.isWord(k - 1, Self.gom) || doc.isWord(k - 1, Lex.la) || doc.isWord(k - 1, Lex.co)
    }

    /// Token `k` leads its sentence, after at most an opening word and comma ("Cụ thể, …", "Trong đó, …").
    private func leadsSentence(_ k: Int) -> Bool {
        k - range.lowerBound <= 3 && (range.lowerBound..<k).allSatisfy { doc.tokens[$0].kind == .word || doc.isPunct($0, ",") }
    }

    /// "địa phương" and "tăng trưởng" in the sentence: the growth of provinces.
    private func speaksOfLocalitiesGrowth(in r: Range<Int>) -> Bool {
        doc.contains(Self.diaPhuong, in: r) && doc.contains(Self.tangTruong, in: r)
    }

    static func localGrowthEntry(_ catalogue: Catalogue) -> Int? {
        catalogue.entries.firstIndex { $0.indicator == Self.grdpGrowth }
    }

    private static let diaPhuong = Lex.p("địa phương"), gom = Lex.w("gồm")
    /// Words between a place and its value in an item.
    private static let itemWords = WordSet([Lex.tang, Lex.giam, Lex.w("trưởng"), Lex.dat, Lex.la, Lex.voi, Lex.w("ước"), Lex.w("khoảng"),
                                            Lex.w("gần"), Lex.hon, Lex.w("trên"), Lex.w("mức")])
}
