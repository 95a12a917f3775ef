import PubstatModel

/// The province or city a sentence opens with as its subject ("Hải Phòng đón 1,03 triệu lượt khách, tăng 8%.",
/// "Thủ đô Hà Nội dẫn đầu …", "Tại Đà Nẵng, …") stays the subject of the sentences after it in its paragraph: in a
/// round-up of places, "Tổng thu từ khách du lịch ước đạt 4.500 tỷ đồng" two sentences on is still that city's. A
/// new line ends the paragraph.
struct ParagraphSubject {
    let doc: Document
    let gazetteer: Gazetteer
    private var subject: Jurisdiction?

    private static let leads = [Lex.p("thủ đô"), [Lex.tai], Lex.p("ở")]

    init(doc: Document, gazetteer: Gazetteer) {
        self.doc = doc
        self.gazetteer = gazetteer
    }

    /// The subject for the sentence at `sentence`: nil when it opens a new paragraph.
    mutating func place(before sentence: Range<Int>) -> Jurisdiction? {
        if sentence.lowerBound == 0 || doc.tokens[sentence.lowerBound].newlineBefore { subject = nil }
        return subject
    }

    /// Reads the subject a bound sentence opens with, if any.
    mutating func read(_ sentence: Range<Int>, places: ArraySlice<PlaceMention>) {
        guard let m = places.first, let name = m.name, m.level == .province || m.level == .city,
              !m.inParentheses, !m.namesBody, !m.former else { return }
        let opens = m.tokens.lowerBound == sentence.lowerBound
            || Self.leads.contains { m.tokens.lowerBound - $0.count == sentence.lowerBound && doc.matchesBefore($0, m.tokens.lowerBound) }
        // (a province or a centrally-run city: a provincial city's sentence is often about a site in it, which a
        // text on the province files under the province)
        let place = Jurisdiction(m.level, name)
        if opens, gazetteer.places(place).contains(where: { $0.parent == nil }) { subject = place }
    }
}
