import PubstatModel

/// Reads a bulletin's bytes and returns its figures. Pure: no I/O.
///
/// The pipeline, one folder per step: `Decoding/` (bytes → NFC text), `Text/` (normalisation,
/// folding, tokens), `Scanning/` (sentences, numbers and units, periods and dates, places),
/// `Binding/` (catalogue cues → figures), with the indicator catalogue as data in `Catalogue/`.
public struct BulletinExtractor: Sendable {
    /// The version of the extraction rules and the built-in catalogue.
    public static let version = "2.36.0"

    /// The indicators, cues and words the extractor binds figures with.
    public let catalogue: IndicatorCatalogue
    /// Recorded on every event, so re-extraction knows what produced a figure: ``version``,
    /// and with extra indicator files `+` their fingerprint (`1.1.0+cat.3f09a2c4b7d1`).
    public let version: String

    public init(catalogue: IndicatorCatalogue = .builtIn) {
        self.catalogue = catalogue
        self.version = Self.version + (catalogue.fingerprint.map { "+" + $0 } ?? "")
    }

    /// Decodes `bytes` (UTF-8/16, Windows-1258, HTML) and extracts every figure. `context` is
    /// what is known of the document from outside its text (its sidecar); it wins over what the
    /// page and the text say (see ``DocumentContext``). Throws when the bytes are not a readable bulletin.
    /// When decoding changed lengths (repair, NFC, CRLF, a byte-order mark), figures carry their
    /// range in the input too (``SourceSpan/originalStart``).
    public func extract(bytes: [UInt8], fileName: String, context: DocumentContext = DocumentContext()) throws(BulletinRejection) -> ExtractedBulletin {
        let decoded = try BulletinDecoder.decodeText(bytes, fileName: fileName)
        var result = extract(text: FoldedText(utf8: decoded.utf8),
                             source: DocumentSource(context: context, html: decoded.html, catalogue: catalogue.catalogue))
        if !decoded.provenance.isIdentity {
            result.figures = result.figures.map { $0.tracedBack(through: decoded.provenance) }
            result.held = result.held.map { $0.tracedBack(through: decoded.provenance) }
        }
        return result
    }

    /// Extracts the figures of already decoded NFC text.
    public func extract(decodedText text: String, context: DocumentContext = DocumentContext()) -> ExtractedBulletin {
        extract(text: FoldedText(utf8: TextNormaliser.nfc(Array(text.utf8))),
                source: DocumentSource(context: context, html: nil, catalogue: catalogue.catalogue))
    }

    /// The decoded, normalised and repaired text of a bulletin: what ``Figure/source`` offsets point
    /// into (``SourceSpan/originalStart`` and ``SourceSpan/originalEnd`` point into `bytes`).
    public static func decodedText(bytes: [UInt8], fileName: String) throws(BulletinRejection) -> String {
        String(decoding: try BulletinDecoder.decodeText(bytes, fileName: fileName).utf8, as: UTF8.self)
    }

    func extract(text: FoldedText, source: DocumentSource) -> ExtractedBulletin {
        let catalogue = self.catalogue.catalogue
        let doc = Document(text: text, flags: catalogue.tokenFlags)
        let (periods, dates) = PeriodScanner(doc: doc).scan()
        let archiveDateEnd = PublicationDate(doc: doc, dates: dates).archiveDateEnd()
        let quantities = QuantityScanner(doc: doc, catalogue: catalogue).scan().filter { $0.tokens.lowerBound >= archiveDateEnd }
        // "Hà Nội, 05/01/2025 —", a newsroom's dateline, says where the article was filed, not what it is about
        var placeMentions = PlaceScanner(doc: doc, catalogue: catalogue).scan()
        if placeMentions.contains(where: { Self.isDateline($0, doc: doc, dates: dates) }) {
            placeMentions.removeAll { Self.isDateline($0, doc: doc, dates: dates) }
        }
        // the places and bodies named after the article (other articles' headlines, a letter's addressees) are not its subject
        let relatedNews = RelatedNews(doc: doc).box
        let articleEnd = relatedNews?.lowerBound ?? doc.count
        if let relatedNews { placeMentions.removeAll { relatedNews.contains($0.tokens.lowerBound) } }
        // "Mọi thông tin xin liên hệ: …, số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: …": an address is no subject
        // (the contact words are found in one pass over the tokens, most bulletins have none; a mention's
        // sentence gives contact details when one of them stands in it)
        let contactWords = Self.contactWordPositions(doc)
        if !contactWords.isEmpty {
            placeMentions.removeAll { m in
                let s = doc.sentenceIndex(of: m.tokens.lowerBound)
                guard s < doc.sentences.count else { return false }
                let sentence = doc.sentences[s]
                let w = Timeline.partitionPoint(contactWords.count) { contactWords[$0] < sentence.lowerBound }
                return w < contactWords.count && contactWords[w] < sentence.upperBound
            }
        }
        // "Sáng 29/12, tại Hà Nội, Tổng cục Thống kê tổ chức họp báo": where an event took place is not what the bulletin is about
        // ("dịch Covid-19 bùng phát đợt 2 tại Đà Nẵng": the number of a wave or a round, or in a name, states no figure)
        let measured = quantities.filter { q in
            let before = q.tokens.lowerBound - 1
            return !(q.unitClass == .none && (Self.ordinalNouns.contains(doc.hash(before))
                || doc.isPunct(before, "-") && doc.hash(before - 1) != 0 && doc.tokens[before - 1].kind == .word))
        }
        let hasVenue = placeMentions.contains { Self.isVenue($0, doc: doc, quantities: measured) }
        var places = PlaceIndex(mentions: hasVenue ? placeMentions.filter { !Self.isVenue($0, doc: doc, quantities: measured) } : placeMentions,
                                mergedInto: { catalogue.gazetteer.mergedInto($0) })
        if let j = source.jurisdiction {
            // "HĐND huyện Tây Giang … chính quyền huyện Tây Giang" on its province's portal: the one district the text
            // speaks of, within the portal's province, is what it is about
            if let district = Self.soleDistrict(placeMentions, within: j, in: catalogue.gazetteer, doc: doc) {
                places.adopt(issuer: district)
            } else if source.jurisdictionFromHost, !placeMentions.contains(where: { $0.name == j.name }),
                      catalogue.citesNationalBody(in: 0..<articleEnd, of: doc), (0..<articleEnd).contains(where: { doc.matches(Lex.caNuoc, at: $0) }) {
                // "Theo Bộ Nông nghiệp …, cả nước có 6.370 xã …" relayed by a province's portal that the text never
                // names: the ministry speaks of the country
                places.adoptCountry()
            } else if source.jurisdictionFromHost, Self.keepsNamingAnother(than: j, subject: places.subject, placeMentions) {
                // "… tình hình kinh tế - xã hội tỉnh Sóc Trăng … của tỉnh Sóc Trăng …" on a city's newspaper that never
                // names its city: the province the text keeps naming stays the subject, the host only says who publishes it
            } else if source.jurisdictionFromHost, let spelled = source.pathJurisdiction, spelled != j,
                      placeMentions.contains(where: { $0.name == spelled.name }) {
                // "…/dong-nai-tong-von-dau-tu-…" on a city's newspaper, about Đồng Nai, which the text names: the address
                // spells what the story is about, the host only who publishes it
                places.adopt(documentSubject: spelled)
            } else {
                places.adopt(documentSubject: j)
            }
        }
        // "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN", "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ" heading a report: the place whose body
        // issues it is what it is about
        else if let issuer = Letterhead(doc: doc).issuer(among: placeMentions) {
            places.adopt(issuer: issuer)
        }
        // "SÀI GÒN GIẢI PHÓNG" heading a page, "(SGGP) –" opening its story: a city's newspaper, in a text that
        // names no province or city, writes about its city
        else if places.subject == nil || places.subject?.level == .country, let paper = Self.masthead(doc, catalogue.gazetteer) {
            places.adopt(documentSubject: paper)
        }
        // a bulletin that names districts but no province is about their province ("huyện Mù Cang Chải" → Yên Bái)
        else if places.subject == nil, let parent = Self.commonParent(of: placeMentions, in: catalogue.gazetteer) {
            places.adopt(documentSubject: parent)
        } else if let parent = Self.provinceOfCity(places.subject, mentions: placeMentions, doc: doc, in: catalogue.gazetteer) {
            // "bãi biển Nhật Lệ ở TP Đồng Hới … bán lẻ 8 tháng của tỉnh": a text that names a provincial city
            // but no province, and speaks of "tỉnh", is about the city's province
            places.adoptProvince(parent)
        } else if places.subject == nil, let province = Self.provinceOfHintedCities(doc: doc, mentions: placeMentions, in: catalogue.gazetteer) {
            // "Du lịch Nha Trang hồi phục … sân bay Cam Ranh … năm 2023 tỉnh đặt mục tiêu": a text that names
            // no place but cities of one province, written alone, and speaks of "tỉnh", is about that province
            places.adoptProvince(province)
        }

        // "Tính chung 10 tháng, tổng mức bán lẻ … trên địa bàn tỉnh" under `…/vinh-phuc-hom-nay/…`: a text that names
        // no place at all is about the province its address spells
        if places.subject == nil, placeMentions.allSatisfy({ $0.name == nil }), let spelled = source.pathJurisdiction {
            places.adopt(documentSubject: spelled)
        }
        // "… các chỉ tiêu kinh tế-xã hội của huyện đều đạt … Toàn huyện gieo trồng …" under `/chu-pah-nhieu-chi-tieu-…` on the
        // province's newspaper: a text that speaks of "huyện" but names none is about the district its address spells
        if let province = places.subject, province.level == .province || province.level == .city,
           !placeMentions.contains(where: { $0.level == .district && $0.name != nil }),
           placeMentions.contains(where: { $0.level == .district && $0.name == nil }),
           let path = source.path, let district = catalogue.gazetteer.district(spelledInPath: path, within: province) {
            places.adopt(issuer: district)
        }
        // "41/63 tỉnh, thành phố …, dẫn đầu là Bắc Giang tăng 13,8%, tiếp đến Khánh Hòa …" in a release of the
        // national statistics office: a text that names several provinces once each and cites a national
        // body is about the country, not the first province it names
        if source.jurisdiction == nil, Self.namesProvincesOnceEach(places, placeMentions),
           catalogue.citesNationalBody(in: 0..<articleEnd, of: doc) {
            places.adoptCountry()
        }
        // "Hà Giang … thấp nhất cả nước với 2,06 triệu đồng. Trong top 10 còn có Cao Bằng: 2,35 …, Điện Biên: 2,08 …"
        // citing the national statistics office: a text ranking many provinces, none named more than twice, is
        // about the country
        else if source.jurisdiction == nil, places.subject?.level != .country, Self.ranksManyProvinces(placeMentions),
                catalogue.citesNationalBody(in: 0..<articleEnd, of: doc) {
            places.adoptCountry()
        }
        // "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" heading a release that ranks provinces: the ministry speaks of
        // the country, however often it names one of them
        else if source.jurisdiction == nil, places.subject?.level != .country, Self.provinceLevelNames(placeMentions) >= 3,
                catalogue.citesNationalBody(in: 0..<Self.firstLineEnd(doc), of: doc) {
            places.adoptCountry()
        }
        // "năm 2023, du lịch Việt Nam đã có sự phục hồi … Khách nội địa đạt 108 triệu lượt": a text that names the country
        // and no province, city or district, nor speaks of "tỉnh" or "huyện", is about the country
        if places.subject == nil, placeMentions.contains(where: { $0.level == .country && !$0.inParentheses }),
           !placeMentions.contains(where: { $0.level != .country && ($0.name != nil || !$0.inParentheses) }) {
            places.adoptCountry()
        }
        // "Ba tháng đầu năm, tổng lượt khách đến Hội An ước …" on the province's newspaper: a text that names no place
        // and never speaks of "tỉnh", but opens on a provincial city written alone and names it again, is about the city
        if places.subject == nil || places.subject?.level == .province,
           let city = Self.hintedCitySubject(doc: doc, mentions: placeMentions, in: catalogue.gazetteer),
           places.subject.map({ catalogue.gazetteer.parentProvinces(of: city).contains($0) }) ?? true {
            places.adopt(issuer: city)
        }
        // "Tổng lượt khách du lịch đến Huế" in a report of Thừa Thiên Huế: a text about a unit that was later
        // renamed to a short form of its own name means that unit by the short form
        if let subject = places.subject, let successor = catalogue.gazetteer.mergedInto(subject), successor != subject,
           subject.name.hasSuffix(" " + successor.name) {
            let words = Tokenizer.phrase(successor.name).count
            for k in placeMentions.indices where placeMentions[k].name == successor.name && placeMentions[k].level == successor.level
                && placeMentions[k].tokens.count == words {
                placeMentions[k].level = subject.level
                placeMentions[k].name = subject.name
            }
        }
        // the sidecar's date, else the page's meta tag, else the text's header, else the archive's day
        let publication = PublicationDate(doc: doc, dates: dates)
        let published = source.published ?? publication.find() ?? publication.archiveDay()
        let archive = publication.archiveMonth() ?? (published == nil ? source.pathMonth ?? publication.signedMonth() : nil)
        // an undated text: the one year it names, else (naming none) the reorganisation's when it sets former provinces apart
        let statesNoYear = periods.allSatisfy { $0.shape.statedYear == nil }
        // (or, naming none, the year its address names: "…-thang-3-nam-2025")
        let referenceYear = published?.year ?? archive?.year ?? publication.textYear() ?? Timeline.loneYear(of: periods)
            ?? (statesNoYear ? source.pathYear ?? MergerYear(doc: doc, catalogue: catalogue, places: placeMentions).find() : nil)
            ?? Timeline.yearAfterComparisons(of: periods, in: doc)
        let writingYear = published?.year ?? archive?.year
            ?? WritingYear(doc: doc, catalogue: catalogue, periods: periods).afterLastReportedYear()
        // ("lũ lớn trong tháng 9 và tháng 10": a month's number states no figure)
        let stated = quantities.filter { !doc.isWord($0.tokens.lowerBound - 1, Lex.thang) }
        let timeline = Timeline(mentions: periods, dates: dates, referenceYear: referenceYear, publishedYear: writingYear,
                                referenceMonth: published?.month ?? archive?.month, referenceDay: published?.day,
                                figureless: { token in !doc.sentenceHasNumber(containing: token, quantities: stated) },
                                afterSamePeriod: { token in doc.matchesBefore(Lex.cungKy, token) },
                                sameSentence: { a, b in doc.sentenceIndex(of: a) == doc.sentenceIndex(of: b) },
                                figurelessAfter: { token in !doc.sentenceHasNumber(after: token, quantities: stated) },
                                yearInProgress: writingYear == nil ? WritingYear(doc: doc, catalogue: catalogue, periods: periods).yearInProgress() : nil,
                                aimsAhead: published?.year ?? archive?.year != nil ? nil : { token in
                                    WritingYear(doc: doc, catalogue: catalogue, periods: periods).aimsAhead(doc.sentences[doc.sentenceIndex(of: token)])
                                },
                                estimatesWholeYear: { token in doc.estimatesWholeYear(at: token) })
        var context = BulletinContext(published: published, archiveMonth: archive, referenceYear: referenceYear, places: places)
        if writingYear == nil { context.yearInWriting = WritingYear(doc: doc, catalogue: catalogue, periods: periods).yearOfRemainingMonths() }

        var (figures, unclassified) = FigureBinder(doc: doc, catalogue: catalogue, quantities: quantities, timeline: timeline,
                                                   placeMentions: placeMentions, context: context).bind()
        let counters = PortalCounters(doc: doc, catalogue: catalogue)
        figures += counters.figures(subject: places.subject, provinces: { host in
            catalogue.province(matchingHost: host)
        }, fallbackYear: referenceYear, captureMonth: published.map { YearMonth(year: $0.year, month: $0.month) } ?? archive,
           sourceHost: source.sourceURL.flatMap(DocumentContext.host(of:)))
        // a yearbook's table kept in its layout, a row per year
        figures += YearRowTable(doc: doc, catalogue: catalogue).figures(subject: places.subject)
        // and one flattened a cell per line
        figures += YearCellTable(doc: doc, catalogue: catalogue).figures(subject: places.subject)
        // or a column per year
        figures += YearColumnTable(doc: doc, catalogue: catalogue).figures(subject: places.subject)
        unclassified = Self.outsideCounters(unclassified, figures)
        RegionalGDP(catalogue: catalogue, subject: places.subject).relabel(&figures)
        // a bulletin that names no place but reports national GDP, or cites a national body ("Theo Bộ Tài chính"),
        // is about the country
        if places.subject == nil, figures.contains(where: { $0.jurisdiction == FigureCompleteness.unknownPlace }),
           figures.contains(where: { catalogue.nationalIndicators.contains($0.indicator) }) || catalogue.citesNationalBody(in: 0..<articleEnd, of: doc) {
            for k in figures.indices where figures[k].jurisdiction == FigureCompleteness.unknownPlace { figures[k].jurisdiction = FigureCompleteness.country }
        }
        // local spending is never the country's ("Tổng chi ngân sách nhà nước" of a national release)
        // nor is a province's output (GRDP, or "GDP bình quân đầu người" that a national release states of the country)
        if figures.contains(where: { $0.jurisdiction.level == .country && catalogue.isLocalOnly($0.indicator) }) {
            figures.removeAll { $0.jurisdiction.level == .country && catalogue.isLocalOnly($0.indicator) }
        }
        // a headline restating the body's figure: dropped when in capitals, else as final as the figure it restates
        let headlines = HeadlineRestatement(text: doc.text.utf8)
        // a figure whose period or place cannot be worked out is held back: a wrong figure is worse than a missing one
        let (complete, held) = FigureCompleteness.partition(
            headlines.settleKinds(dedupe(headlines.drop(from: figures))))
        // held figures are listed with the numbers no cue named, so a person sees what is missing
        let mentions = (unclassified + held.compactMap(FigureCompleteness.mention)).sorted { $0.source.start < $1.source.start }
        var result = ExtractedBulletin(published: published, subject: places.subject,
                                       title: source.title ?? DocumentTitle(doc: doc).find(), figures: complete, held: held,
                                       unclassified: mentions)
        result.publishedMonth = published == nil ? archive : nil
        result.sourceURL = source.sourceURL
        return result
    }


    /// A newspaper's masthead that names a place ("SÀI GÒN GIẢI PHÓNG ONLINE" as one of the first lines, or
    /// "(SGGP) –", "BBK -" opening a paragraph near the top).
    static func masthead(_ doc: Document, _ gazetteer: Gazetteer) -> Jurisdiction? {
        var lines = 0
        var k = 0
        while k < doc.count, lines < 12 {
            if k == 0 || doc.tokens[k].newlineBefore {
                lines += 1
                let start = doc.isPunct(k, "(") ? k + 1 : k
                if let m = gazetteer.mastheads.longestMatch(in: doc.tokens, at: start, limit: min(doc.count, start + 8)) {
                    let closed = start == k || doc.isPunct(m.end, ")")
                    let ends = m.end >= doc.count || doc.tokens[m.end].newlineBefore || doc.isWord(m.end, Self.online)
                    // ("BBK - Sáng 30.6, …": a newsroom's mark opening a line before a dash, brackets or none)
                    let dashed = doc.isPunct(m.end, "-") || doc.isPunct(m.end, "–")
                    if start > k ? closed : ends && lines <= 3 || dashed { return m.payload[0] }
                }
            }
            k += 1
        }
        return nil
    }

    private static let online = Lex.w("online")
    /// Nouns a number after them orders: "đợt 2", "lần 3", "bão số 5", "khóa XI".
    private static let ordinalNouns = WordSet(["đợt", "lần", "số", "thứ", "khóa"].map(Lex.w))

    private static let contactWords = [Lex.p("địa chỉ"), Lex.p("điện thoại"), Lex.p("liên hệ"), Lex.p("email")]

    /// (In every catalogue's ``TokenFlagTable``, as ``TokenFlags/contactOpener``.)
    static let contactOpeners = contactWords.map { $0[0] }

    /// The words of contact details (an address, a phone number, "liên hệ"), by token, in order: a sentence that
    /// holds one gives contact details. The words that open none are passed in a plain loop.
    static func contactWordPositions(_ doc: Document) -> [Int] {
        let words = contactWords
        var found: [Int] = []
        var k = 0
        while true {
            k = doc.nextWord(flagged: .contactOpener, from: k)
            guard k < doc.count else { return found }
            if words.contains(where: { doc.matches($0, at: k) }) { found.append(k) }
            k += 1
        }
    }

    /// "Hà Nội, 05/01/2025 —", "Nha Trang, 27/12/2023 —", "Hà Nội, ngày 11 tháng 01 năm 2022": a place
    /// opening a line and followed by a comma and a date is the dateline of the article, not its subject.
    static func isDateline(_ m: PlaceMention, doc: Document, dates: [DateMention]) -> Bool {
        let start = m.tokens.lowerBound
        guard m.name != nil, start == 0 || doc.tokens[start].newlineBefore, doc.isPunct(m.tokens.upperBound, ",") else { return false }
        let dateStart = m.tokens.upperBound + (doc.isWord(m.tokens.upperBound + 1, Lex.ngay) ? 2 : 1)
        // ("Huế, tháng 10 năm 2015": a month and its year, as a report is signed)
        let monthStart = m.tokens.upperBound + 1
        if doc.isWord(monthStart, Lex.thang), doc.integer(monthStart + 1).map({ (1...12).contains($0) }) == true,
           doc.isWord(monthStart + 2, Lex.nam), doc.integer(monthStart + 3).map(PeriodScanner.isYear) == true { return true }
        return dates.contains { $0.tokens.lowerBound == m.tokens.upperBound + 1 || $0.tokens.lowerBound == dateStart }
    }

    /// A place named after "tại" in a sentence that states no number: the venue of an event (a press
    /// conference, a meeting), not the subject of the bulletin's figures.
    static func isVenue(_ m: PlaceMention, doc: Document, quantities: [Quantity]) -> Bool {
        m.name != nil && doc.isWord(m.tokens.lowerBound - 1, Lex.tai)
            && !doc.sentenceHasNumber(containing: m.tokens.lowerBound, quantities: quantities)
    }

    /// The one province all named districts and towns belong to (before or after 2025), if there is one.
    /// The province of a provincial city that is the text's subject, when the text names no province
    /// and speaks of a province ("của tỉnh", "toàn tỉnh").
    /// ("dự toán tỉnh giao" names who set the estimate, and "sau 20 năm tái lập tỉnh" the province's
    /// founding, not the place the text speaks of.)
    static func provinceOfCity(_ subject: Jurisdiction?, mentions: [PlaceMention], doc: Document, in gazetteer: Gazetteer) -> Jurisdiction? {
        guard let subject, subject.level == .city,
              !mentions.contains(where: { $0.level == .province && $0.name != nil }),
              mentions.contains(where: { $0.level == .province && $0.name == nil && !$0.inParentheses
                  && !doc.isWord($0.tokens.upperBound, Lex.giao) && !doc.isWord($0.tokens.lowerBound - 1, Self.lap) }),
              gazetteer.places(subject).allSatisfy({ $0.type == .provincialCity }) else { return nil }
        let parents = gazetteer.parentProvinces(of: subject)
        return parents.count == 1 ? parents[0] : nil
    }

    /// "(tái) lập tỉnh", "thành lập tỉnh": the act that made the province, named beside the city's story.
    private static let lap = Lex.w("lập")

    /// The one province of the provincial cities named alone (capitalised) in a text whose place mentions
    /// are only a generic "tỉnh" outside brackets.
    static func provinceOfHintedCities(doc: Document, mentions: [PlaceMention], in gazetteer: Gazetteer) -> Jurisdiction? {
        guard !mentions.contains(where: { $0.name != nil }),
              mentions.contains(where: { $0.level == .province && !$0.inParentheses }) else { return nil }
        let provinces = Set(hintedCities(doc, gazetteer).flatMap { gazetteer.parentProvinces(of: $0.city) })
        return provinces.count == 1 ? provinces.first : nil
    }

    /// The one provincial city written alone (a hint, "Hội An", "Đà Lạt") in a text that names no place and
    /// speaks of no "tỉnh": named in the text's first sentence and at least once more.
    static func hintedCitySubject(doc: Document, mentions: [PlaceMention], in gazetteer: Gazetteer) -> Jurisdiction? {
        guard !mentions.contains(where: { $0.name != nil || $0.level == .province }), let first = doc.sentences.first else { return nil }
        let hints = hintedCities(doc, gazetteer)
        guard let city = hints.first?.city, hints.allSatisfy({ $0.city == city }), hints.count >= 2,
              first.contains(hints[0].token) else { return nil }
        return city
    }

    /// Every provincial city written alone and capitalised (the gazetteer's hints), with the token it starts at.
    private static func hintedCities(_ doc: Document, _ gazetteer: Gazetteer) -> [(city: Jurisdiction, token: Int)] {
        var found: [(city: Jurisdiction, token: Int)] = []
        var k = 0
        while k < doc.count {
            if doc.isCapitalised(k), let m = gazetteer.cityHints.longestMatch(in: doc.tokens, at: k, limit: doc.count) {
                found += m.payload.map { ($0, k) }
                k = m.end
            } else {
                k += 1
            }
        }
        return found
    }

    /// Three or more province-level units, each named once, and no other place named more often.
    /// (The cheap tests first; the places are counted by level and name, not by a description of both.)
    static func namesProvincesOnceEach(_ places: PlaceIndex, _ mentions: [PlaceMention]) -> Bool {
        guard places.subject?.level != .country, provinceLevelNames(mentions) >= 3 else { return false }
        struct Place: Hashable { var level: Jurisdiction.Level; var name: String }
        var seen = Set<Place>()
        for m in mentions { if let name = m.name, !seen.insert(Place(level: m.level, name: name)).inserted { return false } }
        return true
    }

    /// The district a text names at least twice, when it names no other district and no province or city but
    /// `province`, and the district lies in it.
    static func soleDistrict(_ mentions: [PlaceMention], within province: Jurisdiction, in gazetteer: Gazetteer, doc: Document) -> Jurisdiction? {
        var district: String?
        var count = 0
        var named: PlaceMention?
        for m in mentions {
            guard let name = m.name else { continue }
            switch m.level {
            case .district:
                if let d = district, d != name { return nil }
                district = name
                named = named ?? m
                count += 1
            case .province, .city:
                if Jurisdiction(m.level, name) != province { return nil }
            default:
                continue
            }
        }
        // ("HĐND thị xã Ayun Pa … kinh tế thị xã … HĐND thị xã giao": named once, then by its level word alone)
        // ("Tây Giang thu ngân sách 6 tháng đạt 327 tỷ đồng" over "HĐND huyện Tây Giang …": or by its name alone)
        guard let district, let named, count >= 2 || bareLevelWords(like: named, in: doc) >= 2 || bareNames(district, in: doc) >= 2 else { return nil }
        let j = Jurisdiction(.district, district)
        return gazetteer.parentProvinces(of: j).contains(province) ? j : nil
    }

    /// Whether the text never names `host` and names its own subject, a province or city, three times or more.
    static func keepsNamingAnother(than host: Jurisdiction, subject: Jurisdiction?, _ mentions: [PlaceMention]) -> Bool {
        guard let subject, subject.level == .province || subject.level == .city, subject != host,
              !mentions.contains(where: { $0.name == host.name }) else { return false }
        return mentions.filter { $0.name == subject.name && !$0.former && !$0.inParentheses }.count >= 3
    }

    /// How often a district's name is written in the text, with its level word or without.
    static func bareNames(_ name: String, in doc: Document) -> Int {
        let phrase = Lex.p(name)
        guard !phrase.isEmpty else { return 0 }
        var count = 0
        for k in 0..<doc.count where doc.isCapitalised(k) && doc.matches(phrase, at: k) { count += 1 }
        return count
    }

    /// How often the level word that opens `m` ("huyện", "thị xã") stands alone in the text, before no name.
    static func bareLevelWords(like m: PlaceMention, in doc: Document) -> Int {
        let first = m.tokens.lowerBound
        let word: [UInt64] = doc.matches(Lex.thiXa, at: first) ? Lex.thiXa : doc.isWord(first, Lex.huyen) ? [Lex.huyen] : []
        guard !word.isEmpty else { return 0 }
        var count = 0
        var k = 0
        while k < doc.count {
            if doc.matches(word, at: k) {
                let next = k + word.count
                if next >= doc.count || !doc.isCapitalised(next) || doc.tokens[next].newlineBefore { count += 1 }
                k = next
            } else {
                k += 1
            }
        }
        return count
    }

    /// Whether the text names at least six provinces and centrally-run cities, none more than twice.
    static func ranksManyProvinces(_ mentions: [PlaceMention]) -> Bool {
        var counts: [String: Int] = [:]
        for m in mentions where m.level == .province || m.level == .city { if let name = m.name { counts[name, default: 0] += 1 } }
        return counts.count >= 6 && counts.values.allSatisfy { $0 <= 2 }
    }

    /// How many provinces and centrally-run cities the text names.
    static func provinceLevelNames(_ mentions: [PlaceMention]) -> Int {
        Set(mentions.compactMap { m in (m.level == .province || m.level == .city) ? m.name : nil }).count
    }

    /// Where the text's first line ends.
    static func firstLineEnd(_ doc: Document) -> Int {
        var k = 1
        while k < doc.count, !doc.tokens[k].newlineBefore { k += 1 }
        return min(k, doc.count)
    }

    static func commonParent(of mentions: [PlaceMention], in gazetteer: Gazetteer) -> Jurisdiction? {
        var parents: Set<Jurisdiction>?
        for m in mentions where m.level == .district || m.level == .town {
            guard let name = m.name else { continue }
            let these = Set(gazetteer.parentProvinces(of: Jurisdiction(m.level, name)))
            guard !these.isEmpty else { continue }
            parents = parents.map { $0.intersection(these) } ?? these
        }
        guard let parents, parents.count == 1 else { return nil }
        return parents.first
    }

    /// The mentions that no portal counter figure quotes (a counter's number is taken by that figure).
    /// Both lists are in text order, so one sweep decides: linear in the bulletin.
    static func outsideCounters(_ mentions: [UnclassifiedMention], _ figures: [Figure]) -> [UnclassifiedMention] {
        let counters = figures.compactMap { $0.portal == nil ? nil : $0.source }.sorted { $0.start < $1.start }
        guard !counters.isEmpty else { return mentions }
        var next = 0
        return mentions.filter { m in
            while next < counters.count, counters[next].end <= m.source.start { next += 1 }
            return !(next < counters.count && counters[next].start < m.source.end)
        }
    }

    /// Restatements (headline, caption, lead, a closing summary) of the same figure are kept once, the
    /// first; an estimate restated without "ước" is still the same figure.
    private func dedupe(_ figures: [Figure]) -> [Figure] {
        struct Key: Hashable {
            var indicator: Indicator
            var jurisdiction: Jurisdiction
            var period: Period?
            var value: Double?
            var yoy: Double?
            var stance: FigureKind

            // the strings are left out of the hash (equal keys still hash alike): hashing them,
            // with their Unicode normalisation, cost more than the rest of the dedupe
            func hash(into hasher: inout Hasher) {
                hasher.combine(jurisdiction.level)
                hasher.combine(period)
                hasher.combine(value)
                hasher.combine(yoy)
                hasher.combine(stance)
            }
        }
        // (the kept figures by index: most bulletins restate none, and are returned as they are, not copied)
        var kept: [Int] = []
        var position: [Key: Int] = [:]
        position.reserveCapacity(figures.count)
        for i in figures.indices {
            let kind = figures[i].kind
            let stance: FigureKind = kind == .plan || kind == .target ? kind : .actual
            // a restatement that drops the change ("… đạt 570.000 tỷ đồng" after "…, tăng 15,6%") is the same figure
            let key = Key(indicator: figures[i].indicator, jurisdiction: figures[i].jurisdiction, period: figures[i].period,
                          value: figures[i].baseValue, yoy: figures[i].value == nil ? figures[i].yoyPct : nil, stance: stance)
            if let at = position[key] {
                // the fullest statement wins (a caption restates the body with fewer details), in the first one's place
                if Self.detail(figures[i]) > Self.detail(figures[kept[at]]) { kept[at] = i }
            } else {
                position[key] = kept.count
                kept.append(i)
            }
        }
        return kept.count == figures.count ? figures : kept.map { figures[$0] }
    }

    /// How much a figure states beyond its value.
    private static func detail(_ f: Figure) -> Int {
        f.pctOfPlan.count + (f.yoyPct == nil ? 0 : 1) + (f.momPct == nil ? 0 : 1) + (f.asOf == nil ? 0 : 1) + (f.kind == .estimate ? 1 : 0)
    }
}

extension Figure {
    /// The figure with its source's range in the input added.
    func tracedBack(through provenance: TextProvenance) -> Figure {
        guard let source else { return self }
        var copy = self
        copy.source = SourceSpan(start: source.start, end: source.end, original: provenance.inputRange(of: source.start..<source.end))
        return copy
    }
}

/// What extraction found in one bulletin.
public struct ExtractedBulletin: Hashable, Sendable {
    public var published: CalendarDate?
    /// The month of publication when no day is known (the archive's ` date YYYY-MM` line, an official text's signing line).
    public var publishedMonth: YearMonth?
    /// Where the bulletin was published: the context's URL, else the page's canonical address.
    public var sourceURL: String?
    /// The jurisdiction the bulletin is about.
    public var subject: Jurisdiction?
    public var title: String?
    public var figures: [Figure]
    /// Figures found without a period or a jurisdiction: never in projections, shown so a person can
    /// supply the missing context (a sidecar, a source URL).
    public var held: [Figure]
    /// Numbers with a unit that no indicator took, in text order: what the catalogue misses.
    public var unclassified: [UnclassifiedMention]

    public init(published: CalendarDate?, subject: Jurisdiction?, title: String?, figures: [Figure], held: [Figure] = [],
                unclassified: [UnclassifiedMention] = []) {
        self.published = published
        self.subject = subject
        self.title = title
        self.figures = figures
        self.held = held
        self.unclassified = unclassified
    }
}

/// Why a file is not a bulletin, with a stable code and words a person understands.
public struct BulletinRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: RejectionCode
    public let reason: String

    public init(code: RejectionCode, reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
}
