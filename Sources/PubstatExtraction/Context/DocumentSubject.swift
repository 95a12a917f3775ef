import PubstatModel

/// Which place a bulletin is about, and the place mentions its figures are bound with.
///
/// The text's own mentions, less those that name no subject (a dateline, other articles' headlines, an address,
/// a venue); then the subject from outside the text (a sidecar, the portal's host), else from the text (a
/// letterhead, a masthead, the districts or cities it names); then its address; then the country, when a national
/// body speaks of many provinces.
struct DocumentSubject {
    let doc: Document
    let catalogue: Catalogue
    let source: DocumentSource
    let dates: [DateMention]
    /// The bulletin's numbers (a place named in a sentence without one is no venue's).
    let quantities: [Quantity]

    /// The subject (with the mentions it was read from), every mention figures may name, and where the article ends.
    func find() -> (places: PlaceIndex, mentions: [PlaceMention], articleEnd: Int) {
        let found = mentions()
        var placeMentions = found.mentions
        let articleEnd = found.articleEnd
        // "Cổng thông tin điện tử huyện An Biên" over "Khách du lịch đến Kiên Giang tháng 4/2019": the portal's name (with the
        // rest of its line) says who publishes, not what the article is about, when the article never names the portal's
        // place and names another; it is then the subject only of a text whose subject is found nowhere else
        let portal = placeMentions.first { m in m.name != nil && Self.portalWords.contains { doc.matchesBefore($0, m.tokens.lowerBound) } }
            .flatMap { portal -> PlaceMention? in
                let body = placeMentions.filter { !Self.sameLine(from: portal.tokens.lowerBound, to: $0.tokens.lowerBound, in: doc) }
                return body.contains { $0.name == portal.name } || !body.contains { $0.name != nil } ? nil : portal
            }
        if let portal { placeMentions.removeAll { Self.sameLine(from: portal.tokens.lowerBound, to: $0.tokens.lowerBound, in: doc) } }

        // "Sáng 29/12, tại Hà Nội, Tổng cục Thống kê tổ chức họp báo": where an event took place is not what the bulletin is about
        // ("dịch Covid-19 bùng phát đợt 2 tại Đà Nẵng": the number of a wave or a round, or in a name, states no figure)
        let measured = quantities.filter { q in
            let before = q.tokens.lowerBound - 1
            return !(q.unitClass == .none && (Self.ordinalNouns.contains(doc.hash(before))
                || doc.isPunct(before, "-") && doc.hash(before - 1) != 0 && doc.tokens[before - 1].kind == .word))
        }
        // ("… các huyện Si Ma Cai, Xín Mần (Hà Giang)": a province that only says where another name lies is none either)
        let districtsProvince = Self.commonParent(of: placeMentions, in: catalogue.gazetteer)
        let subjectMentions = placeMentions.filter { !Self.qualifiesAnotherName($0, districtsProvince: districtsProvince, doc: doc) }
        let hasVenue = subjectMentions.contains { Self.isVenue($0, doc: doc, quantities: measured) }
        var places = PlaceIndex(mentions: hasVenue ? subjectMentions.filter { !Self.isVenue($0, doc: doc, quantities: measured) } : subjectMentions,
                                mergedInto: { catalogue.gazetteer.mergedInto($0) })
        if let j = source.jurisdiction {
            adopt(outside: j, into: &places, subjectMentions, articleEnd: articleEnd)
        } else {
            adoptNamedInText(into: &places, subjectMentions)
        }
        adoptSpelledInAddress(into: &places, placeMentions)
        adoptCountry(into: &places, placeMentions, articleEnd: articleEnd)
        // "Ba tháng đầu năm, tổng lượt khách đến Hội An ước …" on the province's newspaper: a text that names no place
        // and never speaks of "tỉnh", but opens on a provincial city written alone and names it again, is about the city
        if places.subject == nil || places.subject?.level == .province,
           let city = Self.hintedCitySubject(doc: doc, mentions: placeMentions, in: catalogue.gazetteer),
           places.subject.map({ catalogue.gazetteer.parentProvinces(of: city).contains($0) }) ?? true {
            places.adopt(issuer: city)
        }
        // "9 tháng, Côn Đảo đón 448.215 lượt khách … đến Côn Đảo" on the province's newspaper: a text that names no place
        // with a level word, and opens on one of the province's districts written alone, is about that district
        if source.jurisdictionFromHost, let province = places.subject, province == source.jurisdiction, province.level == .province,
           let unit = Self.unitWrittenAlone(within: province, mentions: placeMentions, in: catalogue.gazetteer, doc: doc) {
            places.adopt(issuer: unit)
        }
        if places.subject == nil, let portal, let name = portal.name { places.adopt(documentSubject: Jurisdiction(portal.level, name)) }
        // ("Thống kê truy cập … Địa chỉ CTK Hà Nam" around a report that names no place: the statistics office the page
        // belongs to, named in its chrome or contact lines)
        if places.subject == nil, placeMentions.allSatisfy({ $0.name == nil }), let office = statisticsOfficeSubject(found.scanned) {
            places.adopt(documentSubject: office)
        }
        if places.subject == nil,
           let dateline = Self.datelineSubject(found.datelines, mentions: placeMentions, doc: doc, in: catalogue.gazetteer) {
            places.adopt(documentSubject: dateline)
        }
        // ("HĐND xã Nguyệt Đức … trên địa bàn xã", on its province's page: a text about one commune or ward)
        if places.subject == nil || places.subject?.level == .province || places.subject?.level == .city,
           let commune = Self.soleCommune(doc: doc, mentions: placeMentions) {
            places.adopt(issuer: commune)
        }
        renameShortForms(&placeMentions, subject: places.subject)
        return (places, placeMentions, articleEnd)
    }

    /// The one province or centrally-run city a statistics office is named for among the text's places as scanned,
    /// contact lines and the page's chrome included ("CTK Hà Nam", "Cục Thống kê tỉnh Hà Nam"); nil when none or several.
    private func statisticsOfficeSubject(_ scanned: [PlaceMention]) -> Jurisdiction? {
        let offices = scanned.compactMap { m -> Jurisdiction? in
            guard let name = m.name, m.level == .province || m.level == .city,
                  Self.statisticsOffices.contains(where: { doc.matchesBefore($0, m.tokens.lowerBound) }) else { return nil }
            return Jurisdiction(m.level, name)
        }
        return Set(offices).count == 1 ? offices.first : nil
    }
    private static let statisticsOffices = [Lex.p("ctk"), Lex.p("cục thống kê"), Lex.p("chi cục thống kê")]

    /// Whether token `k` stands at or after `start` on the same line.
    private static func sameLine(from start: Int, to k: Int, in doc: Document) -> Bool {
        k >= start && !((start + 1)..<min(k + 1, doc.count)).contains { doc.tokens[$0].newlineBefore }
    }

    /// The words of a portal's name before its place: "Cổng thông tin điện tử (huyện An Biên)".
    private static let portalWords = [Lex.p("thông tin điện tử")]

    /// The text's place mentions, less those outside the article or in a dateline or contact details; the datelines; where the article ends.
    private func mentions() -> (mentions: [PlaceMention], scanned: [PlaceMention], datelines: [PlaceMention], articleEnd: Int) {
        // "Hà Nội, 05/01/2025 —", a newsroom's dateline, says where the article was filed, not what it is about
        let scanned = PlaceScanner(doc: doc, catalogue: catalogue).scan()
        var placeMentions = scanned
        let datelines = placeMentions.filter { Self.isDateline($0, doc: doc, dates: dates) }
        if !datelines.isEmpty {
            placeMentions.removeAll { Self.isDateline($0, doc: doc, dates: dates) }
        }
        // the places and bodies named after the article (other articles' headlines, a letter's addressees) are not its subject
        let relatedNews = RelatedNews(doc: doc).box
        let articleEnd = relatedNews?.lowerBound ?? doc.count
        if let relatedNews { placeMentions.removeAll { relatedNews.contains($0.tokens.lowerBound) } }
        placeMentions.removeAll { Self.isOnPhotoCaption($0, doc: doc) }
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
        return (placeMentions, scanned, datelines.filter { $0.tokens.lowerBound < articleEnd }, articleEnd)
    }

    /// The subject when the bulletin's sidecar or portal names one (`j`): a district of it, the country, or `j`.
    private func adopt(outside j: Jurisdiction, into places: inout PlaceIndex, _ placeMentions: [PlaceMention], articleEnd: Int) {
        // "HĐND huyện Tây Giang … chính quyền huyện Tây Giang" on its province's portal: the one district the text
        // speaks of, within the portal's province, is what it is about
        if j.level == .district || j.level == .town {
            // a district's own portal (`chodon.gov.vn`): the district issues what it publishes
            places.adopt(issuer: j)
        } else if let district = Self.soleDistrict(placeMentions, within: j, in: catalogue.gazetteer, doc: doc) {
            places.adopt(issuer: district)
        } else if source.jurisdictionFromHost, j.level == .province, placeMentions.allSatisfy({ $0.name == nil }),
                  case let cities = placeMentions.filter({ $0.level == .city }).count, cities >= 2,
                  cities > placeMentions.filter({ $0.level == .province }).count,
                  catalogue.gazetteer.parentProvinces(of: Jurisdiction(.city, j.name)).contains(j) {
            // "Trong 09 tháng, UBND thành phố đã … Kinh tế của Thành phố … bằng 99,36% dự toán tỉnh giao" on the province's
            // portal, naming no place and speaking of "thành phố" more than of "tỉnh": the provincial city that bears the
            // province's name
            places.adopt(issuer: Jurisdiction(.city, j.name))
        } else if source.jurisdictionFromHost, Self.keepsNamingAnother(than: j, subject: places.subject, placeMentions) {
            // "… tình hình kinh tế - xã hội tỉnh Sóc Trăng … của tỉnh Sóc Trăng …" on a city's newspaper that never
            // names its city: the province the text keeps naming stays the subject, the host only says who publishes it
            // (even when it cites a national body and compares with "cả nước")
        } else if source.jurisdictionFromHost, !placeMentions.contains(where: { $0.name == j.name }),
                  catalogue.citesNationalBody(in: 0..<articleEnd, of: doc), (0..<articleEnd).contains(where: { doc.matches(Lex.caNuoc, at: $0) }) {
            // "Theo Bộ Nông nghiệp …, cả nước có 6.370 xã …" relayed by a province's portal that the text never
            // names: the ministry speaks of the country
            places.adoptCountry()
        } else if source.jurisdictionFromHost, !placeMentions.contains(where: { $0.level != .country && ($0.name != nil || !$0.inParentheses) }),
                  speaksOfTheCountry(placeMentions, articleEnd: articleEnd) || catalogue.citesNationalBody(in: 0..<articleEnd, of: doc) {
            // "Tổng cục Thống kê cho biết, GDP quý 3 …", "khách quốc tế đến nước ta …" on a city's newspaper, in a text that
            // names no province, city or district, nor speaks of "tỉnh" or "huyện": a national release relayed
            places.adoptCountry()
        } else if source.jurisdictionFromHost, let spelled = source.pathJurisdiction, spelled != j,
                  placeMentions.contains(where: { $0.name == spelled.name }) {
            // "…/dong-nai-tong-von-dau-tu-…" on a city's newspaper, about Đồng Nai, which the text names: the address
            // spells what the story is about, the host only who publishes it
            places.adopt(documentSubject: spelled)
        } else if source.jurisdictionFromHost, j.level == .city, let spelled = source.pathJurisdiction, spelled.level == .province,
                  placeMentions.allSatisfy({ $0.name == nil }),
                  placeMentions.contains(where: { $0.level == .province && !$0.inParentheses }) {
            // "… 6 tháng của tỉnh tăng 2,41%" under `…/ba-ria-vung-tau-…` on a city's newspaper: a text that names no place
            // and speaks of "tỉnh", not of its city, is about the province the address spells
            places.adopt(documentSubject: spelled)
        } else {
            places.adopt(documentSubject: j)
        }
    }

    /// The subject of a bulletin nothing outside its text places: its letterhead, its masthead, the province of the
    /// districts or cities it names.
    private func adoptNamedInText(into places: inout PlaceIndex, _ placeMentions: [PlaceMention]) {
        let firstNumber = quantities.first?.tokens.lowerBound ?? doc.count
        // "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN", "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ" heading a report: the place whose body
        // issues it is what it is about
        if let issuer = Letterhead(doc: doc).issuer(among: placeMentions) {
            places.adopt(issuer: issuer)
        }
        // "Ninh Phước (Ninh Thuận): Chuẩn bị về đích …": a headline that opens with a district and its province in
        // brackets is about the district
        else if let district = headlineDistrict(placeMentions) {
            places.adopt(issuer: district)
        }
        // "SÀI GÒN GIẢI PHÓNG" heading a page, "(SGGP) –" opening its story: a city's newspaper, in a text that
        // names no province or city, writes about its city
        else if places.subject == nil || places.subject?.level == .country, let paper = Self.masthead(doc, catalogue.gazetteer) {
            places.adopt(documentSubject: paper)
        }
        // a bulletin that names districts but no province is about their province ("huyện Mù Cang Chải" → Yên Bái)
        else if places.subject == nil, let parent = Self.commonParent(of: placeMentions, in: catalogue.gazetteer) {
            places.adopt(documentSubject: parent)
            // ("HĐND huyện Quế Sơn … của địa phương … trên địa bàn huyện Quế Sơn": unless it names one district only, again
            // and again, and speaks of no province: then the district is what it is about)
            // ("… đạt 55% dự toán tỉnh giao": the province that set an estimate is not one the text speaks of)
            if !placeMentions.contains(where: { ($0.level == .province || $0.level == .city) && !Self.setsTheEstimate($0, doc: doc) }),
               let district = Self.soleDistrict(placeMentions, within: parent, in: catalogue.gazetteer, doc: doc)
                ?? Self.onlyPlaceNamed(placeMentions, before: firstNumber, in: catalogue.gazetteer, doc: doc) {
                places.adopt(issuer: district)
            }
        } else if places.subject == nil, let district = Self.onlyPlaceNamed(placeMentions, before: firstNumber, in: catalogue.gazetteer, doc: doc) {
            // "Ngày 25/12, huyện Tam Nông tổng kết năm … Tỷ lệ hộ nghèo còn 3,2%": a text whose one place is a district
            // whose name several provinces share is about that district
            places.adopt(issuer: district)
        } else if places.subject == nil,
                  let province = Self.provinceOfBracketedDistricts(doc: doc, mentions: placeMentions, in: catalogue.gazetteer) {
            // "… toàn tỉnh … Hát Lót (Mai Sơn), Viêng Lán (Yên Châu)": districts written bare in brackets after communes
            places.adopt(documentSubject: province)
        } else if let parent = Self.provinceOfCity(places.subject, mentions: placeMentions, doc: doc, in: catalogue.gazetteer) {
            // "bãi biển Nhật Lệ ở TP Đồng Hới … bán lẻ 8 tháng của tỉnh": a text that names a provincial city
            // but no province, and speaks of "tỉnh", is about the city's province
            places.adoptProvince(parent)
        } else if places.subject == nil, let province = Self.provinceOfHintedCities(doc: doc, mentions: placeMentions, in: catalogue.gazetteer) {
            // "Du lịch Nha Trang hồi phục … sân bay Cam Ranh … năm 2023 tỉnh đặt mục tiêu": a text that names
            // no place but cities of one province, written alone, and speaks of "tỉnh", is about that province
            places.adoptProvince(province)
        }
        // "Chủ tịch UBND huyện Thường Tín … các tổ chức của thành phố Hà Nội … kinh tế huyện Thường Tín …": a text that names
        // one district again and again, and its province or city (and no other) less often, is about the district
        if let subject = places.subject, subject.level == .province || subject.level == .city,
           let district = Self.soleDistrict(placeMentions, within: subject, in: catalogue.gazetteer, doc: doc) {
            let times = { (j: Jurisdiction) in placeMentions.filter { $0.level == j.level && $0.name == j.name && !$0.inParentheses }.count }
            if times(district) >= 2, times(district) > times(subject) { places.adopt(issuer: district) }
        }
        // "Huyện Bắc Hà phát triển du lịch" or "Báo cáo … của UBND huyện Krông Pắc" heading a text that names no other
        // district, its province perhaps as often, or not at all: the district the headline names first is what the
        // text is about
        if let subject = places.subject, subject.level == .province || subject.level == .city,
           let district = Self.soleDistrictInTitle(placeMentions, within: subject, in: catalogue.gazetteer, doc: doc) {
            places.adopt(issuer: district)
        }
    }

    /// The province or district the source address spells, for a text that names none.
    private func adoptSpelledInAddress(into places: inout PlaceIndex, _ placeMentions: [PlaceMention]) {
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
    }

    /// The country, for a national body's text that ranks provinces, or a text that names only the country.
    private func adoptCountry(into places: inout PlaceIndex, _ placeMentions: [PlaceMention], articleEnd: Int) {
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
        if places.subject == nil, speaksOfTheCountry(placeMentions, articleEnd: articleEnd),
           !placeMentions.contains(where: { $0.level != .country && ($0.name != nil || !$0.inParentheses) }) {
            places.adoptCountry()
        }
    }

    /// The text names the country outside brackets, or says "nước ta" ("our country") in the article.
    private func speaksOfTheCountry(_ placeMentions: [PlaceMention], articleEnd: Int) -> Bool {
        placeMentions.contains { $0.level == .country && !$0.inParentheses }
            || (0..<articleEnd).contains { doc.matches(Self.nuocTa, at: $0) }
    }
    private static let nuocTa = Lex.p("nước ta")

    /// Mentions of the subject's later short name ("Huế" for Thừa Thiên Huế) read as the subject.
    private func renameShortForms(_ placeMentions: inout [PlaceMention], subject: Jurisdiction?) {
        // "Tổng lượt khách du lịch đến Huế" in a report of Thừa Thiên Huế: a text about a unit that was later
        // renamed to a short form of its own name means that unit by the short form
        if let subject, let successor = catalogue.gazetteer.mergedInto(subject), successor != subject,
           subject.name.hasSuffix(" " + successor.name) {
            let words = Tokenizer.phrase(successor.name).count
            for k in placeMentions.indices where placeMentions[k].name == successor.name && placeMentions[k].level == successor.level
                && placeMentions[k].tokens.count == words {
                placeMentions[k].level = subject.level
                placeMentions[k].name = subject.name
            }
        }
    }
}
