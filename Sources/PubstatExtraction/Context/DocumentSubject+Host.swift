import PubstatModel

/// A district of the portal's province, or another province, as the subject of a text on a portal.
extension DocumentSubject {
    /// The district (or provincial city) a text names at least twice, when it names no other district and no
    /// province or city but `province`, and the district lies in it.
    static func soleDistrict(_ mentions: [PlaceMention], within province: Jurisdiction, in gazetteer: Gazetteer, doc: Document) -> Jurisdiction? {
        var district: String?
        var level = Jurisdiction.Level.district
        var count = 0
        var named: PlaceMention?
        for m in mentions {
            guard let name = m.name else { continue }
            // ("UBND thành phố Đà Lạt cho biết … tại Đà Lạt" on its province's newspaper: a provincial city is
            // such a unit too)
            let isProvincialCity = m.level == .city && Jurisdiction(.city, name) != province
                && gazetteer.parentProvinces(of: Jurisdiction(.city, name)) == [province]
            if m.level == .district || isProvincialCity {
                if let d = district, d != name || level != m.level { return nil }
                district = name
                level = m.level
                named = named ?? m
                count += 1
            } else if m.level == .province || m.level == .city, Jurisdiction(m.level, name) != province {
                return nil
            }
        }
        // ("HĐND thị xã Ayun Pa … kinh tế thị xã … HĐND thị xã giao": named once, then by its level word alone)
        // ("Tây Giang thu ngân sách 6 tháng đạt 327 tỷ đồng" over "HĐND huyện Tây Giang …": or by its name alone)
        // ("… tình hình kinh tế - xã hội của thị xã An Khê (tỉnh Gia Lai) tiếp tục …": or once, with its province in brackets)
        guard let district, let named, count >= 2 || writtenWithItsProvince(named, province, mentions, doc: doc)
                || bareLevelWords(like: named, in: doc) >= 2 || bareNames(district, in: doc) >= 2 else { return nil }
        let j = Jurisdiction(level, district)
        return gazetteer.parentProvinces(of: j).contains(province) ? j : nil
    }

    /// The one district the text names, once or more, first before any of its numbers, when it names no other place
    /// (the country apart) and never speaks of a province or city, save one that set an estimate ("dự toán tỉnh giao").
    /// ("… tổng thu ngân sách đạt 5.000 tỷ đồng; riêng huyện Krông Pắc đạt 120 tỷ đồng": a district singled out after a
    /// total is a part of the text's subject)
    static func onlyPlaceNamed(_ mentions: [PlaceMention], before firstNumber: Int, in gazetteer: Gazetteer, doc: Document) -> Jurisdiction? {
        let places = mentions.filter { $0.level != .country }
        let named = places.filter { $0.level == .district && $0.name != nil }
        let districts = Set(named.compactMap(\.name))
        guard districts.count == 1, let name = districts.first, let first = named.first, first.tokens.lowerBound < firstNumber,
              places.allSatisfy({ $0.level == .district || (($0.level == .province || $0.level == .city) && setsTheEstimate($0, doc: doc)) })
        else { return nil }
        let j = Jurisdiction(.district, name)
        return gazetteer.parentProvinces(of: j).isEmpty ? nil : j
    }

    /// The one district (or town) the text names, when it is the first place its first line names (outside brackets)
    /// and no other district-level unit or province-level unit but `province` is named anywhere.
    static func soleDistrictInTitle(_ mentions: [PlaceMention], within province: Jurisdiction, in gazetteer: Gazetteer, doc: Document) -> Jurisdiction? {
        let named = mentions.filter { $0.name != nil && $0.level != .country && !$0.namesBody }
        let districts = Set(named.filter { $0.level == .district }.compactMap(\.name))
        guard districts.count == 1, let name = districts.first,
              named.allSatisfy({ $0.level == .district || Jurisdiction($0.level, $0.name!) == province }),
              let first = named.min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }), first.level == .district,
              !first.inParentheses, first.tokens.lowerBound < headlineEnd(doc) else { return nil }
        let j = Jurisdiction(.district, name)
        return gazetteer.parentProvinces(of: j).contains(province) ? j : nil
    }

    /// Where a headline ends: the first line, when it is a short line of its own above the text (0 when it is not).
    static func headlineEnd(_ doc: Document) -> Int {
        let end = firstLineEnd(doc)
        return end < doc.count && end <= 30 ? end : 0
    }

    /// "dự toán tỉnh giao", "KH tỉnh, thị xã giao": a generic province named as one that set an estimate, not as a
    /// place spoken of.
    static func setsTheEstimate(_ m: PlaceMention, doc: Document) -> Bool {
        let next = m.tokens.upperBound
        guard m.name == nil else { return false }
        if doc.isWord(next, Lex.giao) { return true }
        return doc.isPunct(next, ",") && (doc.isWord(next + 2, Lex.giao) && doc.isWord(next + 1, Lex.huyen)
            || doc.isWord(next + 3, Lex.giao) && doc.matches(Lex.thiXa, at: next + 1))
    }

    /// "thị xã An Khê (tỉnh Gia Lai)": a mention followed by its province in brackets.
    private static func writtenWithItsProvince(_ m: PlaceMention, _ province: Jurisdiction, _ mentions: [PlaceMention], doc: Document) -> Bool {
        guard doc.isPunct(m.tokens.upperBound, "(") else { return false }
        return mentions.contains { p in
            p.inParentheses && p.name.map { Jurisdiction(p.level, $0) } == province
                && (m.tokens.upperBound + 1...m.tokens.upperBound + 2).contains(p.tokens.lowerBound)
        }
    }

    /// The district a line near the top opens with, written right before its province in brackets ("Ninh Phước
    /// (Ninh Thuận): …", "Huyện Mường Tè (Lai Châu) …"), or written so anywhere near the top when the province is
    /// named only in brackets, when the text names no other district and no province or city but that one.
    func headlineDistrict(_ mentions: [PlaceMention]) -> Jurisdiction? {
        guard let bracketed = mentions.first(where: { $0.inParentheses && ($0.level == .province || $0.level == .city) }),
              let provinceName = bracketed.name, Self.linesBefore(bracketed.tokens.lowerBound, in: doc) < 4 else { return nil }
        let open = bracketed.tokens.lowerBound - 1
        guard doc.isPunct(open, "("),
              let district = Self.soleDistrict(mentions, within: Jurisdiction(bracketed.level, provinceName), in: catalogue.gazetteer, doc: doc)
        else { return nil }
        let name = Lex.p(district.name)
        var start = open - name.count
        guard start >= 0, doc.matches(name, at: start) else { return nil }
        if doc.isWord(start - 1, Lex.huyen) { start -= 1 } else if doc.matchesBefore(Lex.thiXa, start) { start -= Lex.thiXa.count }
        // ("Theo Phòng Văn hóa huyện Mai Châu (Hòa Bình), năm 2012, …": or anywhere near the top, in a text that names
        // the province only so, in brackets, or as the name of its newspaper: "Báo Hòa Bình")
        let provinceOnlyInBrackets = !mentions.contains { m in
            (m.level == .province || m.level == .city) && !m.inParentheses
                && !(m.tokens.lowerBound > 0 && doc.original((m.tokens.lowerBound - 1)..<m.tokens.lowerBound).lowercased() == "báo")
        }
        return start == 0 || doc.tokens[start].newlineBefore || provinceOnlyInBrackets ? district : nil
    }

    /// How many line breaks stand before token `k`.
    static func linesBefore(_ k: Int, in doc: Document) -> Int {
        var lines = 0
        for j in 0..<min(k + 1, doc.count) where j > 0 && doc.tokens[j].newlineBefore { lines += 1 }
        return lines
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
}
