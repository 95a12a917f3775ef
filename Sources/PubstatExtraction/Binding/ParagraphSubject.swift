import PubstatModel

/// The province or city a sentence opens with as its subject ("Hải Phòng đón 1,03 triệu lượt khách, tăng 8%.",
/// "Thủ đô Hà Nội dẫn đầu …", "Tại Đà Nẵng, …") stays the subject of the sentences after it in its paragraph: in a
/// round-up of places, "Tổng thu từ khách du lịch ước đạt 4.500 tỷ đồng" two sentences on is still that city's. A
/// new line ends the paragraph.
struct ParagraphSubject {
    let doc: Document
    let gazetteer: Gazetteer
    private var subject: Jurisdiction?
    /// Where the sentence that gave ``subject`` starts: the subject holds within its paragraph only, whichever sentences
    /// between were passed over without a look.
    private var subjectSetAt = 0
    /// How far the text has been looked at for line breaks.
    private var scannedTo = 0
    /// Whether the subject yields to a sentence that names another (``read(_:places:bound:)``): a provincial city,
    /// whose paragraph often goes on to the sites and districts around it, or a unit singled out with "Riêng".
    private var subjectYieldsToAnother = false

    private static let leads = [Lex.p("thủ đô"), [Lex.tai], Lex.p("ở"), Lex.p("đối với"), Lex.p("về phía")]

    init(doc: Document, gazetteer: Gazetteer) {
        self.doc = doc
        self.gazetteer = gazetteer
    }

    /// The subject for the sentence at `sentence` (whose places are `places`): nil when it opens a new paragraph.
    mutating func place(before sentence: Range<Int>, places: ArraySlice<PlaceMention>) -> Jurisdiction? {
        // (each token looked at once: a long line of many sentences stays linear)
        let from = max(subjectSetAt, scannedTo) + 1
        if sentence.lowerBound == 0
            || subject != nil && from <= sentence.lowerBound && (from...sentence.lowerBound).contains(where: { doc.tokens[$0].newlineBefore }) {
            subject = nil
        }
        scannedTo = max(scannedTo, sentence.lowerBound)
        // ("Khu du lịch Núi Tà Cú đón …", "… trên địa bàn tỉnh": a sentence that names a subject of its own, or the province)
        if subjectYieldsToAnother, namesAnotherSubject(sentence, places: places) { return nil }
        return subject
    }

    private func namesAnotherSubject(_ sentence: Range<Int>, places: ArraySlice<PlaceMention>) -> Bool {
        let firstNumber = sentence.first { doc.isNumber($0) } ?? sentence.upperBound
        // (not the word opening an item after a colon: "Cụ thể: Giá trị sản xuất …")
        return ((sentence.lowerBound + 1)..<max(firstNumber, sentence.lowerBound + 1)).contains { doc.isCapitalised($0) && !doc.isPunct($0 - 1, ":") }
            // ("đạt 42% KH tỉnh giao": not the province that set the estimate)
            || places.contains { $0.level == .province && !DocumentSubject.setsTheEstimate($0, doc: doc) && ($0.name != nil || !subjectIsProvince) }
    }

    /// Whether the subject is a province or a centrally-run city, which a bare "toàn tỉnh" after it speaks of.
    private var subjectIsProvince: Bool {
        subject.map { subject in gazetteer.places(subject).contains { $0.parent == nil } } ?? false
    }

    /// Reads the subject a bound sentence opens with, if any ("Trong kỳ nghỉ lễ, Hải Phòng đón …": after an opening
    /// phrase of time, the place is still the sentence's subject).
    mutating func read(_ sentence: Range<Int>, places: ArraySlice<PlaceMention>, bound: [Figure]) {
        // ("Riêng tại đặc khu Phú Quốc, ước đón 22.000 lượt khách. Lượng khách quốc tế đạt …": a unit singled out at the
        // sentence's start stays the topic of its paragraph, until a sentence names another)
        if let m = places.first, let name = m.name, !m.inParentheses, !m.namesBody, doc.isPunct(m.tokens.upperBound, ","),
           Lex.singlingOut.contains(where: { m.tokens.lowerBound - $0.count == sentence.lowerBound && doc.matchesBefore($0, m.tokens.lowerBound) }) {
            let place = Jurisdiction(m.level, name)
            if !bound.isEmpty, bound.allSatisfy({ $0.jurisdiction == place }) {
                adopt(place, at: sentence, yieldsToAnother: true)
            }
            return
        }
        // ("… tổng lượt khách du lịch đến Bình Định (cũ) đạt 6,5 triệu lượt. Tổng thu từ khách du lịch đạt 16.850 tỉ đồng": a
        // former unit whose figures the sentence gives stays their place in the sentences after it, until one names another)
        if let m = places.first(where: { $0.former && $0.name != nil && !$0.inParentheses && !$0.namesBody }), let name = m.name,
           m.level == .province || m.level == .city, !bound.isEmpty, bound.allSatisfy({ $0.jurisdiction == Jurisdiction(m.level, name) }) {
            adopt(Jurisdiction(m.level, name), at: sentence, yieldsToAnother: true)
            return
        }
        // ("Theo báo cáo 6 tháng, kinh tế của huyện Tương Dương có nhiều chuyển biến. Tổng giá trị sản xuất ước đạt …":
        // a sentence without figures about one district introduces the figures after it, in a text that names others)
        if bound.isEmpty, let district = introducedDistrict(sentence, places: places) {
            adopt(district, at: sentence, yieldsToAnother: true)
            return
        }
        guard let m = places.first, let name = m.name, m.level == .province || m.level == .city,
              !m.inParentheses, !m.namesBody else { return }
        let start = m.tokens.lowerBound
        let led = start == sentence.lowerBound || Self.leads.contains { start - $0.count == sentence.lowerBound && doc.matchesBefore($0, start) }
        // ("Tại Ninh Thuận cũ, tỉnh đặt mục tiêu …. 6 tháng đầu năm, GRDP ước đạt …": a former unit the sentence is led
        // into is the topic of its paragraph, as it was; named in passing, it is only set against the merged one)
        guard led || !m.former && opensAfterTimePhrase(start, sentence) else { return }
        let place = Jurisdiction(m.level, name)
        // a province or a centrally-run city; a provincial city only when the sentence's own figures are its (a
        // provincial city's sentence is often about a site in it, which a text on the province files under the province)
        let topLevel = gazetteer.places(place).contains { $0.parent == nil }
        if topLevel || !bound.isEmpty && bound.allSatisfy({ $0.jurisdiction == place }) {
            adopt(place, at: sentence, yieldsToAnother: !topLevel)
        }
    }

    /// Reads a sentence without numbers: the district it introduces, if any ("Năm 2021, kinh tế của huyện Lâm Hà tăng
    /// trưởng chậm." before the figures).
    mutating func readNumberless(_ sentence: Range<Int>, places: ArraySlice<PlaceMention>) {
        _ = place(before: sentence, places: places)
        if let district = introducedDistrict(sentence, places: places) {
            adopt(district, at: sentence, yieldsToAnother: true)
        } else if let place = placeSetBeforeComma(sentence, places: places) {
            adopt(place, at: sentence, yieldsToAnother: true)
        }
    }

    /// "Tại Ninh Bình, không khí du lịch sôi động.": a province or city set at a sentence's start by a place word and a
    /// comma, in a round-up that goes on to its figures in the sentences after.
    private func placeSetBeforeComma(_ sentence: Range<Int>, places: ArraySlice<PlaceMention>) -> Jurisdiction? {
        guard let m = places.first, let name = m.name, m.level == .province || m.level == .city, !m.former, !m.inParentheses,
              !m.namesBody, doc.isPunct(m.tokens.upperBound, ","),
              Self.placeWords.contains(where: { m.tokens.lowerBound - $0.count == sentence.lowerBound && doc.matchesBefore($0, m.tokens.lowerBound) })
        else { return nil }
        let place = Jurisdiction(m.level, name)
        return gazetteer.places(place).contains { $0.parent == nil } ? place : nil
    }

    private static let placeWords = [[Lex.tai], Lex.p("ở")]

    /// Takes `place` as the subject of the paragraph `sentence` stands in.
    private mutating func adopt(_ place: Jurisdiction, at sentence: Range<Int>, yieldsToAnother: Bool) {
        subject = place
        subjectSetAt = sentence.lowerBound
        subjectYieldsToAnother = yieldsToAnother
    }

    /// The one district a sentence names, outside brackets and as its subject: at its start, after a place word
    /// ("Tại", "ở"), after an opening phrase of time, or as what "của" is about ("kinh tế - xã hội của huyện X").
    private func introducedDistrict(_ sentence: Range<Int>, places: ArraySlice<PlaceMention>) -> Jurisdiction? {
        // (a bare "huyện" speaks of the same one: "của UBND huyện Đức Trọng, … kinh tế của huyện …")
        let named = places.filter { !$0.inParentheses && !($0.level == .district && $0.name == nil) }
        guard let m = named.first, let name = m.name, m.level == .district,
              named.allSatisfy({ $0.level == .district && $0.name == name }) else { return nil }
        var start = m.tokens.lowerBound
        // ("Theo đánh giá của UBND huyện Đức Trọng, …": the district's own council or committee speaks of it)
        let ownBody = doc.isWord(start - 1, Lex.hdnd) || doc.isWord(start - 1, Lex.ubnd)
        guard !m.namesBody || ownBody else { return nil }
        if ownBody { start -= 1 }
        let led = start == sentence.lowerBound || doc.isWord(start - 1, Lex.cua)
            || Self.leads.contains { start - $0.count == sentence.lowerBound && doc.matchesBefore($0, start) }
        return led || opensAfterTimePhrase(start, sentence) ? Jurisdiction(.district, name) : nil
    }

    /// "Trong kỳ nghỉ lễ năm nay, TP Phú Quốc đón …", "Cụ thể, Đồng Tháp …": the place right after the comma that closes
    /// a short opening phrase of time or a linking phrase.
    private func opensAfterTimePhrase(_ start: Int, _ sentence: Range<Int>) -> Bool {
        // ("Theo đó, tính từ đầu năm đến hết tháng 10, thành phố Sầm Sơn đón …": a linking phrase, then the time phrase)
        var opener = sentence.lowerBound
        if let link = Self.links.first(where: { doc.matches($0, at: opener) }), doc.isPunct(opener + link.count, ",") {
            opener += link.count + 1
        }
        guard doc.isPunct(start - 1, ","), start - 1 - opener <= 12,
              Self.timeOpeners.contains(where: { doc.matches($0, at: opener) }) else { return false }
        return !(opener..<(start - 1)).contains { doc.isPunct($0, ",") }
    }

    /// Linking phrases a sentence may open with before its time phrase.
    private static let links = [Lex.p("theo đó"), Lex.p("cụ thể"), Lex.p("như vậy"), Lex.p("bên cạnh đó"), Lex.p("ngoài ra")]

    private static let timeOpeners = [Lex.p("trong"), Lex.p("dịp"), Lex.p("riêng"), Lex.p("tính chung"), Lex.p("năm"), Lex.p("tháng"),
                                      Lex.p("tính từ"), Lex.p("từ đầu năm"), Lex.p("lũy kế"), Lex.p("luỹ kế"),
                                      // ("Cụ thể, Đồng Tháp …", "Bên cạnh đó, Hà Tiên …": a linking phrase before the subject)
                                      Lex.p("cụ thể"), Lex.p("bên cạnh đó"), Lex.p("ngoài ra"), Lex.p("trong khi đó"), Lex.p("tương tự")]
}
