import PubstatModel

/// A line that opens with a province or city and a colon, then words ("▪ Đồng Tháp: Xuất khẩu 9 tháng vượt 6 tỷ
/// USD", "Vĩnh Long: thu ngân sách đạt 86% dự toán"), heads that place's section of a digest: the figures of the
/// section that name no place are its, not the bulletin's subject's. A rate alone after the colon on a line of
/// its own ("Hà Nam: 10,39%") heads that province's section too, and so does a name alone on its line ("Hà Nội",
/// "TP. HCM" above the paragraphs on that city in a round-up of places).
struct SectionHeading {
    /// The province or city the section is about.
    let place: Jurisdiction
    /// The name is its line's whole text: two such lines in a row are a list of places (a site's menu), no heading.
    let standsAlone: Bool

    init?(doc: Document, sentence: Range<Int>, places: ArraySlice<PlaceMention>) {
        var first = sentence.lowerBound
        // ("2. Bắc Giang": an item number before the name may end a sentence of its own)
        let numbered = first >= 2 && doc.isNumber(first - 2) && (doc.isPunct(first - 1, ".") || doc.isPunct(first - 1, ")"))
            && (first == 2 || doc.tokens[first - 2].newlineBefore)
        guard first < doc.count, first == 0 || doc.tokens[first].newlineBefore || numbered else { return nil }
        // ("■ ", "◆ ": a mark before the name; "•" and "▪" fold to spaces)
        if doc.isPunct(first, Unicode.Scalar(Folding.symbol)) { first += 1 }
        // ("2. Bắc Giang" on its line: a numbered section of a ranking)
        if doc.isNumber(first), doc.isPunct(first + 1, ".") || doc.isPunct(first + 1, ")"), first + 2 < sentence.upperBound { first += 2 }
        guard let m = places.first, m.tokens.lowerBound == first, let name = m.name, m.level == .province || m.level == .city,
              !m.former else { return nil }
        if Self.standsAlone(m, sentence, doc) {
            place = Jurisdiction(m.level, name)
            standsAlone = true
            return
        }
        guard doc.isPunct(m.tokens.upperBound, ":"), m.tokens.upperBound + 1 < sentence.upperBound,
              doc.tokens[m.tokens.upperBound + 1].kind == .word || Self.isRateLine(after: m.tokens.upperBound + 1, sentence, doc) else { return nil }
        place = Jurisdiction(m.level, name)
        standsAlone = false
    }

    /// A name that is its line's whole text: a line ending where the name does.
    private static func standsAlone(_ m: PlaceMention, _ sentence: Range<Int>, _ doc: Document) -> Bool {
        let end = m.tokens.upperBound
        return end <= sentence.upperBound && (end == doc.count || doc.tokens[end].newlineBefore)
    }

    /// "Hà Nam: 10,39%" on a line of its own, then paragraphs on that province: a heading with its headline rate
    /// (a list item when a list heading is read, ``PlaceList``, which is bound before this is asked).
    private static func isRateLine(after k: Int, _ sentence: Range<Int>, _ doc: Document) -> Bool {
        guard doc.isNumber(k), doc.isPunct(k + 1, "%"), k + 2 == sentence.upperBound else { return false }
        return k + 2 >= doc.count || doc.tokens[k + 2].newlineBefore
    }
}
