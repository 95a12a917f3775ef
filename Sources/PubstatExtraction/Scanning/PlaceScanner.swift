import PubstatModel

/// A place named in the text: `tỉnh Lai Châu`, `thành phố Lai Châu`, `huyện Tam Đường`, `quận Ba Đình`,
/// a known province name, or a generic `tỉnh` / `thành phố` that means the bulletin's own.
struct PlaceMention: Sendable {
    var tokens: Range<Int>
    var level: Jurisdiction.Level
    /// Nil for a generic mention ("toàn tỉnh", "của thành phố").
    var name: String?
    /// Inside parentheses: an annotation, not the subject of the clause.
    var inParentheses: Bool
    /// Part of a body's name ("Cục Hải quan Bắc Ninh", "Công ty Điện lực Hà Nam"): the body's area need not be
    /// the place's (a customs department covers several provinces), so it names the bulletin's subject at
    /// most, never a figure's place.
    var namesBody = false
    /// Followed by "cũ" / "(cũ)": a unit as it was before the reorganisation, which a text about the merged
    /// one names for comparison.
    var former = false
    /// Right after "so với" ("bằng 16% so với Hà Nội"): what a figure is set against, not what the text is about.
    var compared = false
    /// Right after "vượt (qua)" ("Bắc Ninh đã vượt TP.HCM, vươn lên dẫn đầu"): a place overtaken, set against the
    /// subject, never the place of the figures after it.
    var overtaken = false
}

/// Pipeline step 4b: jurisdictions, derived from the text (names come from the text or the
/// gazetteer, never from code). After a level word the gazetteer's units of that level are
/// recognised (a capitalised name: `huyện Mù Cang Chải`); alone, only province-level names are,
/// since district names are also common words and people's names.
struct PlaceScanner {
    let doc: Document
    let catalogue: Catalogue

    /// Words that open a level of government; with the gazetteer's names they make ``TokenFlags/placeOpener``.
    private static let dao = Lex.w("đảo"), nhat = Lex.w("nhất")
    /// "trên địa bàn huyện": the area of the unit the text speaks of.
    private static let diaBan = Lex.p("địa bàn")
    private static let bodyNames = ["hải quan", "công ty", "điện lực", "ngân hàng", "bệnh viện", "trường"].map(Lex.p)
    static let levelWordList = [Lex.tinhWord, Lex.thanhPho[0], Lex.tp, Lex.huyen, Lex.quan, Lex.thiXa[0], Lex.tx]
    /// The first words of every level word, "đặc khu" (a special zone, since 2025) among them.
    static let openerWordList = levelWordList + [Lex.dacKhu[0]]

    func scan() -> [PlaceMention] {
        var out: [PlaceMention] = []
        var depth = 0
        var i = 0
        var sentence = 0
        let places = catalogue.gazetteer.bare
        let plainOpeners = catalogue.gazetteer.plainOpeners
        // (the level words read once, not through their lazy globals at every candidate word)
        let tinh = Lex.tinhWord, thanhPho = Lex.thanhPho, tp = Lex.tp, huyen = Lex.huyen, quan = Lex.quan, thiXa = Lex.thiXa
        while i < doc.count {
            // only level words and capitalised catalogue names can open a place (the other words are passed in a
            // plain loop)
            i = doc.skipWords(notFlagged: .placeOpener, from: i).next
            guard i < doc.count else { break }
            while sentence < doc.sentences.count, doc.sentences[sentence].upperBound <= i {
                sentence += 1
                depth = 0
            }
            let t = doc.tokens[i]
            if t.kind == .punct {
                if t.first == UInt8(ascii: "(") { depth += 1 }
                if t.first == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                i += 1
                continue
            }
            guard t.kind == .word else { i += 1; continue }
            var level: Jurisdiction.Level?
            var j = i
            var gazetteerOnly = false
            // folding drops tones, so "tỉnh" and "tính" (ước tính) share a hash: check the spelling
            if t.hash == tinh, hasLetter(i, at: 1, 0x1EC9, 0x1EC8) { level = .province; j = i + 1 }
            else if doc.matches(thanhPho, at: i) { level = .city; j = i + 2 }
            else if t.hash == tp { level = .city; j = i + 1; if doc.isPunct(j, ".") { j += 1 } }
            else if t.hash == huyen {
                level = .district; j = i + 1
                // "huyện đảo Phú Quốc": an island district
                if doc.isWord(j, Self.dao), name(at: j, after: .district, gazetteerOnly: false) == nil { j += 1 }
            }
            // "quận", not "quân" (bình quân, quân sự)
            else if t.hash == quan, hasLetter(i, at: 2, 0x1EAD, 0x1EAC) { level = .district; j = i + 1; gazetteerOnly = true }
            else if doc.matches(thiXa, at: i) { level = .town; j = i + 2 }
            // ("TX.Dĩ An", "TX Sa Pa": the thị xã's abbreviation, in capitals)
            else if t.hash == Lex.tx, doc.isCapitalised(i), doc.text.isUpper(Int(t.start) + 1) { level = .town; j = i + 1; if doc.isPunct(j, ".") { j += 1 } }
            // ("đặc khu Phú Quốc": a special zone, an island unit at commune level since 2025, the place of its own figures)
            else if doc.matches(Lex.dacKhu, at: i) { level = .specialZone; j = i + 2 }
            // ("Đặc biệt, 6 tháng qua địa phương đón 207.450 lượt khách": "the locality", opening its clause as the host or
            // the earner, is the district the text names, as "toàn huyện" is)
            // (in a text that has named a district and no province before it: in a province's text it is the province)
            if level == nil, doc.matches(Self.diaPhuong, at: i), Self.opensClause(doc, at: i),
               out.contains(where: { $0.level == .district && $0.name != nil && doc.isWord($0.tokens.lowerBound, huyen) }),
               !out.contains(where: { ($0.level == .province || $0.level == .city) && $0.name != nil }),
               Self.localityVerbs.contains(where: { doc.matches($0, at: i + Self.diaPhuong.count) }) {
                out.append(PlaceMention(tokens: i..<(i + Self.diaPhuong.count), level: .district, name: nil, inParentheses: depth > 0))
                i += Self.diaPhuong.count
                continue
            }
            // ("Những năm qua, tỉnh quan tâm đầu tư cho huyện Mường Tè … thu ngân sách của địa phương này đạt 50 tỷ đồng":
            // "this locality" is the place the text named last, a few sentences back at most)
            if level == nil, doc.matches(Self.diaPhuong, at: i), doc.isWord(i + Self.diaPhuong.count, Lex.nay),
               let named = lastNamed(in: out, before: i) {
                let end = i + Self.diaPhuong.count + 1
                out.append(PlaceMention(tokens: i..<end, level: named.level, name: named.name, inParentheses: depth > 0))
                i = end
                continue
            }
            if let level {
                // ("tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn 0,48%": the place whose poverty line is used, not
                // the place of the figure)
                if namesStandard(before: i) {
                    i = j
                    continue
                }
                // ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" / "Huế, tháng 9": a name on the next line is not the level word's)
                if j >= doc.count || !doc.tokens[j].newlineBefore,
                   let (name, end) = name(at: j, after: level, gazetteerOnly: gazetteerOnly) ?? describedName(at: j, after: level) {
                    // (a thị xã's names are looked up as towns and written as the district-level unit it is)
                    out.append(PlaceMention(tokens: i..<end, level: level == .town ? .district : level, name: name, inParentheses: depth > 0))
                    i = end
                    continue
                }
                // "toàn huyện", "của huyện", "trên địa bàn huyện": the district the bulletin is about
                // ("cao nhất tỉnh", "đứng đầu tỉnh": a ranking within the province, no place of the figure)
                // ("các huyện, thành phố", "các thành phố": kinds of unit listed, no place)
                let listed = doc.isWord(i - 1, Lex.cac)
                    || (doc.isPunct(i - 1, ",") || doc.isWord(i - 1, Lex.va)) && Self.levelWordList.contains(doc.hash(i - 2))
                // ("khách quốc tế đã đến đặc khu": a special zone's level word alone stands for the zone the text names)
                if (level == .province || level == .city) && !doc.isWord(i - 1, Self.nhat) && !doc.isWord(i - 1, Lex.dau) && !listed
                    || (level == .district || level == .town)
                        && (doc.isWord(i - 1, Lex.toan) || doc.isWord(i - 1, Lex.cua) || doc.matchesBefore(Self.diaBan, i))
                    || level == .specialZone && !listed {
                    out.append(PlaceMention(tokens: i..<j, level: level == .town ? .district : level, name: nil, inParentheses: depth > 0))
                }
                i = j
                continue
            }
            // ("đảo Ngọc", "xứ Thanh": a nickname opens with a plain word)
            let capitalised = doc.isCapitalised(i)
            if capitalised || plainOpeners.contains(t.hash) && doc.isCapitalised(i + 1),
               let m = places.longestMatch(in: doc.tokens, at: i, limit: min(doc.count, i + 6)), capitalised || m.end - i >= 2,
               // (folding drops tones: "Phù Yên", a district of Sơn La, is not "Phú Yên")
               catalogue.gazetteer.bareSpellingAgrees(doc.original(i..<m.end), phrase: doc.tokens[i..<m.end].map(\.hash)) {
                // ("phường Phủ Lý", "xã Mường Phăng": a ward or commune named like a city or district is neither)
                // (folding drops tones: "địa phương" is not "phường", "xa" not "xã")
                if doc.isWord(i - 1, Lex.phuong) || doc.isWord(i - 1, Lex.xa), !doc.tokens[i].newlineBefore,
                   ["phường", "xã"].contains(doc.original((i - 1)..<i).lowercased()) {
                    i = m.end
                    continue
                }
                // ("hồ Hòa Bình", "sông Đà", "chợ Lạng Sơn": a lake, river or market named after a place is not the place)
                // ("châu Á - Thái Bình Dương", "Hiệp định xuyên Thái Bình Dương": nor a longer name that holds a place's)
                // ("công ty TNHH MTV khoáng sản Hoàng Anh Gia Lai – Kon Tum": nor a company's registered name)
                if namesLandmark(before: i) || Self.longerNames.contains(where: { doc.matches($0, at: i) }) || inCompanyName(i) {
                    i = m.end
                    continue
                }
                let j = spelled(m.payload, i..<m.end)
                if isCommuneOfAnotherDistrict(j, bracketAt: m.end) {
                    i = m.end
                    continue
                }
                out.append(PlaceMention(tokens: i..<m.end, level: j.level, name: j.name, inParentheses: depth > 0,
                                        namesBody: Self.bodyNames.contains { doc.matchesBefore($0, i) }))
                i = m.end
                continue
            }
            // "Riêng Phú Quốc đón …", "Khách quốc tế đến Nha Trang đạt …", "trong đó Phú Quốc đạt …": a provincial city's
            // name that no other unit bears, written alone where a text singles out a place or names where visitors went
            if capitalised, let m = catalogue.gazetteer.cityHints.longestMatch(in: doc.tokens, at: i, limit: min(doc.count, i + 4)),
               Self.singlesOutBareCity(doc, before: i) || Self.opensSentenceAsHost(doc, name: i..<m.end) {
                let j = spelled(m.payload, i..<m.end)
                out.append(PlaceMention(tokens: i..<m.end, level: j.level, name: j.name, inParentheses: depth > 0))
                i = m.end
                continue
            }
            // "Xếp hạng theo tỷ lệ hộ nghèo: Tây Giang 38,07%, Nam Trà My 37,37%": a district's name written alone as an
            // item of a list, its number right after it
            if capitalised, Self.opensListItem(doc, at: i),
               let m = catalogue.gazetteer.districtNames.longestMatch(in: doc.tokens, at: i, limit: min(doc.count, i + 5)),
               doc.isNumber(m.end), !doc.tokens[m.end].newlineBefore {
                out.append(PlaceMention(tokens: i..<m.end, level: .district, name: spelled(m.payload, i..<m.end).name, inParentheses: depth > 0))
                i = m.end
                continue
            }
            i += 1
        }
        for k in out.indices {
            var after = out[k].tokens.upperBound
            if doc.isPunct(after, "(") { after += 1 }
            out[k].former = doc.isWord(after, Lex.cu)
            let start = out[k].tokens.lowerBound
            out[k].overtaken = isOvertaken(at: start)
            out[k].compared = isSetAgainst(at: start)
        }
        // ("Hà Nội 20 °C", "Đà Nẵng Hà Nội 22°C": a page's weather box names cities, not what the page is about)
        out.removeAll { reportsWeather(after: $0.tokens.upperBound) || isListedAfterPlural($0) }
        return withBareNames(out)
    }

    /// Of the units whose names fold to the same words, the one spelled as the text writes it ("huyện Phú Ninh" is
    /// Quảng Nam's, not Phú Thọ's Phù Ninh); the first when none is spelled so (another placement of a tone mark).
    private func spelled(_ units: [Jurisdiction], _ tokens: Range<Int>) -> Jurisdiction {
        guard units.count > 1 else { return units[0] }
        let written = doc.original(tokens).lowercased()
        return units.first { $0.name.lowercased() == written } ?? units[0]
    }

    /// The place named last before token `i`, within a short paragraph's reach, that a text speaks of: not a body's
    /// area, not an annotation in brackets, not one set against another ("so với Hà Nội").
    private func lastNamed(in mentions: [PlaceMention], before i: Int) -> PlaceMention? {
        guard let named = mentions.last(where: { $0.name != nil && !$0.inParentheses && !$0.namesBody }),
              i - named.tokens.upperBound <= 120 else { return nil }
        return isSetAgainst(at: named.tokens.lowerBound) ? nil : named
    }

    /// A place starting at token `start` right after "vượt (qua)": overtaken by the subject.
    private func isOvertaken(at start: Int) -> Bool {
        doc.isWord(start - 1, Lex.vuot) || doc.isWord(start - 1, Lex.qua) && doc.isWord(start - 2, Lex.vuot)
    }

    /// A place starting at token `start` right after "so với", or overtaken: set against what the text speaks of.
    private func isSetAgainst(at start: Int) -> Bool {
        doc.isWord(start - 2, Lex.so) && doc.isWord(start - 1, Lex.voi) || isOvertaken(at: start)
    }

    /// "đặc khu Phú Quốc đón … Trong tháng 11, Phú Quốc đón hơn 242.000 lượt": once a text names a special zone with
    /// its level word, the zone's name written alone is the zone too; and so is a district's ("Đối với huyện An Biên, …
    /// thu nhập bình quân đầu người của An Biên đạt 59 triệu đồng").
    private func withBareNames(_ mentions: [PlaceMention]) -> [PlaceMention] {
        let zones = Set(mentions.compactMap { $0.level == .specialZone ? $0.name : nil })
        let districts = Set(mentions.compactMap { $0.level == .district && !$0.tokens.isEmpty && levelWordOpens($0) ? $0.name : nil })
        guard !zones.isEmpty || !districts.isEmpty else { return mentions }
        let gazetteer = catalogue.gazetteer
        var out = mentions
        var i = 0
        // (the mentions are in the text's order: the next one not yet passed tells whether token `i` is in one)
        var next = 0
        while i < doc.count {
            while next < mentions.count, mentions[next].tokens.upperBound <= i { next += 1 }
            let inMention = next < mentions.count && mentions[next].tokens.lowerBound <= i
            guard !inMention, doc.tokens[i].kind == .word, doc.isCapitalised(i) else { i += 1; continue }
            let limit = min(doc.count, i + 4)
            if !zones.isEmpty, let match = gazetteer.specialZoneNames.longestMatch(in: doc.tokens, at: i, limit: limit),
               zones.contains(match.payload[0].name) {
                out.append(PlaceMention(tokens: i..<match.end, level: .specialZone, name: match.payload[0].name, inParentheses: false))
                i = match.end
                continue
            }
            // (not a commune or ward named like it, nor a lake or river)
            if !districts.isEmpty, let match = gazetteer.districtNames.longestMatch(in: doc.tokens, at: i, limit: limit),
               let name = match.payload.lazy.map(\.name).first(where: districts.contains),
               !doc.isWord(i - 1, Lex.phuong), !doc.isWord(i - 1, Lex.xa), !doc.isWord(i - 1, Self.tran), !namesLandmark(before: i),
               // ("hai huyện Trạm Tẩu và Mù Cang Chải": nor the next of several units listed, whose figure is all of theirs)
               !((doc.isWord(i - 1, Lex.va) || doc.isPunct(i - 1, ",")) && next > 0 && mentions[next - 1].tokens.upperBound == i - 1) {
                out.append(PlaceMention(tokens: i..<match.end, level: .district, name: name, inParentheses: false))
                i = match.end
                continue
            }
            i += 1
        }
        out.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return out
    }

    /// The mention opens with "huyện" or "quận": a district named with its level word.
    private func levelWordOpens(_ m: PlaceMention) -> Bool {
        let first = doc.tokens[m.tokens.lowerBound].hash
        return first == Lex.huyen || first == Lex.quan
    }

    private static let tran = Lex.w("trấn")

    /// "5 xã gồm Tam Sơn (Núi Thành), Bình Dương (Thăng Bình)": a name written alone with a district of another province
    /// in brackets after it is a commune of that district, named like the province.
    private func isCommuneOfAnotherDistrict(_ j: Jurisdiction, bracketAt k: Int) -> Bool {
        guard j.level == .province, doc.isPunct(k, "("), doc.isCapitalised(k + 1) else { return false }
        let gazetteer = catalogue.gazetteer
        guard let d = gazetteer.districtNames.longestMatch(in: doc.tokens, at: k + 1, limit: min(doc.count, k + 6))
                ?? gazetteer.townNames.longestMatch(in: doc.tokens, at: k + 1, limit: min(doc.count, k + 6)),
              doc.isPunct(d.end, ")") else { return false }
        return d.payload.allSatisfy { !gazetteer.parentProvinces(of: $0).contains(j) }
    }

    /// "UBND các huyện: Lạng Giang, Lục Ngạn, Tân Yên và TP Bắc Giang vừa công nhận 35 sản phẩm", "các tỉnh Hà Giang,
    /// Cao Bằng và Lào Cai": a unit listed after "các" and a level word shares what its clause says with the others
    /// (district names alone are no mentions, so the last of a list may be the only one read); it is the place of no
    /// figure alone. A list the sentence gives values "lần lượt" (respectively) keeps its places.
    private func isListedAfterPlural(_ m: PlaceMention) -> Bool {
        let start = m.tokens.lowerBound
        var k = start - 1
        if doc.isWord(k, Lex.cac) { return !givesRespectively(start) }
        guard doc.isWord(k, Lex.va) || doc.isPunct(k, ",") else { return false }
        k -= 1
        var named = false
        while k >= max(0, start - 24) {
            if doc.isWord(k, Lex.cac) { return named && Self.levelWordList.contains(doc.hash(k + 1)) && !givesRespectively(start) }
            if doc.isPunct(k, ",") || doc.isPunct(k, ":") || doc.isWord(k, Lex.va) {
                k -= 1
                continue
            }
            guard doc.tokens[k].kind == .word, !doc.tokens[k + 1].newlineBefore else { return false }
            if doc.isCapitalised(k) { named = true } else if !Self.listWords.contains(doc.tokens[k].hash) { return false }
            k -= 1
        }
        return false
    }

    private func givesRespectively(_ t: Int) -> Bool {
        let s = doc.sentenceIndex(of: t)
        guard s < doc.sentences.count else { return false }
        return doc.sentences[s].contains { doc.matches(Lex.lanLuot, at: $0) || doc.matches(Self.tuongUng, at: $0) }
    }

    private static let tuongUng = Lex.p("tương ứng")
    /// The lower-case words of a list of units: level words ("huyện", "thành phố", "thị xã").
    private static let listWords = WordSet(levelWordList + [Lex.w("phố"), Lex.xa])

    /// A temperature right after a place's name, or after a second name: "20 °C", "22°C".
    private func reportsWeather(after end: Int) -> Bool {
        (end..<min(doc.count, end + 4)).contains { k in
            doc.isNumber(k) && doc.original((k + 1)..<min(doc.count, k + 2)).hasPrefix("°")
        }
    }

    /// A list's item starts at token `i`: after a colon, a comma, a semicolon or "và" on the same line.
    private static func opensListItem(_ doc: Document, at i: Int) -> Bool {
        !doc.tokens[i].newlineBefore && (doc.isPunct(i - 1, ":") || doc.isPunct(i - 1, ",") || doc.isPunct(i - 1, ";") || doc.isWord(i - 1, Lex.va))
    }

    /// "Riêng …", "trong đó(,) …" or "(khách …) đến …" right before a bare name.
    private static func singlesOutBareCity(_ doc: Document, before i: Int) -> Bool {
        if doc.isWord(i - 1, Lex.rieng) { return true }
        // ("Tổng thu từ du lịch đạt khoảng 474 tỷ đồng, trong đó Phú Quốc đạt khoảng 354 tỷ đồng": the part a place makes)
        if doc.matchesBefore(Lex.trongDo, i) || doc.isPunct(i - 1, ",") && doc.matchesBefore(Lex.trongDo, i - 1) { return true }
        guard doc.isWord(i - 1, Lex.den) else { return false }
        return (max(0, i - 5)..<(i - 1)).contains { doc.isWord($0, Lex.khach) }
    }

    /// "Phú Quốc đón …", "7 tháng đầu năm, Phú Quốc có 5,2 triệu lượt khách": a bare name that opens its sentence (or
    /// follows a short opening phrase of time) as the subject of a verb of hosting or reaching.
    private static func opensSentenceAsHost(_ doc: Document, name: Range<Int>) -> Bool {
        guard hostVerbs.contains(where: { doc.matches($0, at: name.upperBound) }) else { return false }
        let i = name.lowerBound
        func opensSentence(_ k: Int) -> Bool { doc.sentences[doc.sentenceIndex(of: k)].lowerBound == k }
        if opensSentence(i) { return true }
        guard doc.isPunct(i - 1, ",") else { return false }
        var k = i - 2
        while k > 0, i - k <= 9, !opensSentence(k) {
            if doc.tokens[k].kind == .punct && !doc.isPunct(k, "/") && !doc.isPunct(k, "-") { return false }
            k -= 1
        }
        return opensSentence(k) && (doc.isNumber(k) || timeOpeners.contains(doc.tokens[k].hash))
    }
    private static let hostVerbs = ["đón", "có", "thu hút", "đạt", "ghi nhận", "tiếp đón", "phục vụ"].map(Lex.p)
    private static let timeOpeners = Set(["năm", "tháng", "quý", "trong", "từ", "tính", "dịp", "lũy", "luỹ"].map(Lex.w))

    private static let diaPhuong = Lex.p("địa phương")
    /// The first word of "địa phương", which can open a place mention.
    static let localityWord = Lex.w("địa")
    private static let localityVerbs = ["đón", "đã đón", "thu hút", "đã thu hút", "thu về"].map(Lex.p)
    /// Token `i` opens its clause: the text's or a line's first word, after a mark, or after "qua" / "nay" closing a
    /// period ("6 tháng qua địa phương …").
    private static func opensClause(_ doc: Document, at i: Int) -> Bool {
        i == 0 || doc.tokens[i].newlineBefore || doc.tokens[i - 1].kind == .punct || doc.isWord(i - 1, Lex.qua) || doc.isWord(i - 1, Lex.nay)
    }

    /// A landmark's common noun, in lower case on the same line, right before a capitalised name: "hồ", "sông",
    /// "núi", "đèo", "cầu", "chợ", "đường" (folding drops tones, so the spelling is checked: "hộ", "họ" are not "hồ").
    private func namesLandmark(before i: Int) -> Bool {
        guard i > 0, doc.tokens[i - 1].kind == .word, !doc.tokens[i].newlineBefore,
              Self.landmarkNouns.contains(doc.tokens[i - 1].hash) else { return false }
        return Self.landmarkSpellings.contains(doc.original((i - 1)..<i))
    }

    /// Token `i` stands in a company's registered name: within ten words after "công ty" or "tập đoàn" followed by its
    /// legal form ("TNHH", "MTV", "cổ phần", "CP"), with nothing but words and dashes between.
    private func inCompanyName(_ i: Int) -> Bool {
        var k = i - 1
        var legalForm = false
        while k >= max(0, i - 12), doc.tokens[k].kind == .word || doc.isPunct(k, "-") || doc.isPunct(k, "–") {
            if Self.legalForms.contains(doc.tokens[k].hash) { legalForm = true }
            if legalForm, Self.companyWords.contains(where: { doc.matches($0, at: k) }) { return true }
            k -= 1
        }
        return false
    }
    private static let legalForms = WordSet(["tnhh", "mtv", "cp", "phần"].map { Lex.w($0) })
    private static let companyWords = [Lex.p("công ty"), Lex.p("tập đoàn")]

    /// Names of things other than places that begin with a place's name.
    private static let longerNames = [Lex.p("Thái Bình Dương")]

    private static let landmarkSpellings: Set<String> = ["hồ", "sông", "núi", "đèo", "cầu", "chợ", "đường"]
    private static let landmarkNouns = WordSet(landmarkSpellings.map(Lex.w))

    /// "chuẩn (nghèo) (của)" right before a level word: the unit whose standard (a poverty line) is used.
    private func namesStandard(before i: Int) -> Bool {
        var k = i - 1
        if doc.isWord(k, Lex.cua) { k -= 1 }
        if doc.isWord(k, Self.ngheo) { k -= 1 }
        return k < i - 1 && doc.isWord(k, Self.chuan) || doc.isWord(i - 1, Self.chuan)
    }

    private static let chuan = Lex.w("chuẩn")
    private static let ngheo = Lex.w("nghèo")

    /// Folding drops tones, so "tỉnh"/"tính" and "quận"/"quân" share a hash: true when letter `k`
    /// of word `i` is the scalar `lower` or `upper` (a three-byte UTF-8 letter of the Latin
    /// Extended Additional block) in the NFC text.
    private func hasLetter(_ i: Int, at k: Int, _ lower: UInt32, _ upper: UInt32) -> Bool {
        let text = doc.text
        let at = Int(doc.tokens[i].start) + k
        guard at < Int(doc.tokens[i].end) else { return false }
        let o = Int(text.offsets[at])
        guard o + 2 < text.utf8.count, text.utf8[o] & 0xF0 == 0xE0 else { return false }
        let scalar = UInt32(text.utf8[o] & 0x0F) << 12 | UInt32(text.utf8[o + 1] & 0x3F) << 6 | UInt32(text.utf8[o + 2] & 0x3F)
        return scalar == lower || scalar == upper
    }

    /// "thành phố biển Sầm Sơn", "huyện vùng cao Mù Cang Chải": one or two plain words describing the
    /// place between its level word and a gazetteer name of that level.
    private func describedName(at j: Int, after level: Jurisdiction.Level) -> (String, Int)? {
        for skip in 1...2 {
            guard (j..<(j + skip)).allSatisfy({ $0 < doc.count && doc.tokens[$0].kind == .word && !doc.isCapitalised($0) }) else { return nil }
            let k = j + skip
            if doc.isCapitalised(k), let m = catalogue.gazetteer.names(after: level)?.longestMatch(in: doc.tokens, at: k, limit: min(doc.count, k + 6)) {
                return (spelled(m.payload, k..<m.end).name, m.end)
            }
        }
        return nil
    }

    /// A place name after a level word: a capitalised gazetteer unit of that level (`Mù Cang Chải`
    /// after `huyện`); else, unless `gazetteerOnly`, a province-level name or two capitalised words
    /// (not in capitals: a headline's words are all capitalised).
    private func name(at j: Int, after level: Jurisdiction.Level, gazetteerOnly: Bool) -> (String, Int)? {
        let limit = min(doc.count, j + 6)
        if doc.isCapitalised(j), let m = catalogue.gazetteer.names(after: level)?.longestMatch(in: doc.tokens, at: j, limit: limit) {
            return (spelled(m.payload, j..<m.end).name, m.end)
        }
        if gazetteerOnly { return nil }
        if let m = catalogue.gazetteer.bare.longestMatch(in: doc.tokens, at: j, limit: limit) {
            return (spelled(m.payload, j..<m.end).name, m.end)
        }
        // the gazetteer holds every province and city, before and after 2025: after "tỉnh" another name is a
        // region ("5 tỉnh Tây Nguyên", "các tỉnh Tây Bắc"), not a province
        if level == .province || level == .city { return nil }
        var end = j
        while end < doc.count, end - j < 4, doc.isCapitalised(end), !doc.tokens[end].newlineBefore || end == j {
            end += 1
        }
        guard end > j else { return nil }
        // place names not in the catalogue are two syllables; longer runs are people
        // ("UBND tỉnh Trần Tiến Dũng" names the chairman)
        guard end - j == 2 else { return nil }
        // in a headline of capitals every word looks like a name: there only the gazetteer's count
        // ("HĐND TỈNH KHÓA XI" names no province)
        let name = doc.original(j..<end)
        guard name != name.uppercased() else { return nil }
        return (name, end)
    }
}

/// The bulletin's subject and how generic mentions resolve.
struct PlaceIndex: Sendable {
    var subject: Jurisdiction?
    var province: String?
    var city: String?
    /// ``city`` is only the province's name, for want of a city named (a generic "thành phố" then stands for none).
    var cityIsProvince = false
    /// The district named most often, for "toàn huyện".
    var district: String?
    /// The special zone named most often, for "đặc khu" alone.
    var specialZone: String?

    /// - Parameter mergedInto: the unit a former one was merged into (the gazetteer's `merged_into`).
    init(mentions: [PlaceMention], mergedInto: (Jurisdiction) -> Jurisdiction? = { _ in nil }) {
        var counts: [Jurisdiction: Int] = [:]
        var order: [Jurisdiction] = []
        var districts: [String: Int] = [:], zones: [String: Int] = [:]
        // (a former unit, "thành phố Phủ Lý (cũ)", is not the subject of a text that also names the unit it was
        // merged into, "tỉnh Ninh Bình")
        let current = Set(mentions.compactMap { m in m.former ? nil : m.name.map { Jurisdiction(m.level, $0) } })
        for m in mentions {
            if let name = m.name, m.level == .district { districts[name, default: 0] += 1 }
            if let name = m.name, m.level == .specialZone { zones[name, default: 0] += 1 }
            guard let name = m.name, m.level == .province || m.level == .city, !m.compared else { continue }
            if m.former, let merged = mergedInto(Jurisdiction(m.level, name)), merged != Jurisdiction(m.level, name), current.contains(merged) { continue }
            let j = Jurisdiction(m.level, name)
            if counts[j] == nil { order.append(j) }
            counts[j, default: 0] += 1
        }
        func best(_ level: Jurisdiction.Level?) -> Jurisdiction? {
            var top: Jurisdiction?
            for j in order where level == nil || j.level == level! {
                if top == nil || counts[j]! > counts[top!]! { top = j }
            }
            return top
        }
        subject = best(nil)
        // "… toàn tỉnh có 80 xã … thành phố Bến Tre hoàn thành …; Năm 2023, Bến Tre đặt mục tiêu …": a text that speaks
        // of "tỉnh" and names a provincial city as often as the province it is the seat of (their names the same) is
        // about the province
        if let top = subject, top.level == .city, case let seat = Jurisdiction(.province, top.name), let n = counts[seat], n >= counts[top]!,
           mentions.contains(where: { $0.level == .province && $0.name == nil && !$0.inParentheses }) {
            subject = seat
        }
        province = best(.province)?.name ?? best(.city)?.name
        city = best(.city)?.name ?? province
        cityIsProvince = best(.city) == nil
        district = districts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
        specialZone = zones.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
        // "HĐND huyện Quỳnh Lưu … toàn huyện … của huyện" in a provincial newspaper: a report about one
        // district speaks of "huyện" more than of any province, which it names once at most
        let genericDistricts = mentions.filter { $0.level == .district && $0.name == nil }.count
        let genericProvinces = mentions.filter { ($0.level == .province || $0.level == .city) && $0.name == nil }.count
        if let district, genericDistricts >= 2, genericDistricts > genericProvinces, counts.values.allSatisfy({ $0 <= 1 }) {
            subject = Jurisdiction(.district, district)
        }
    }

    /// Takes the document's own jurisdiction (its sidecar's, or its portal's) as the subject;
    /// a generic "tỉnh"/"thành phố" stands for it when the text names no province or city.
    mutating func adopt(documentSubject j: Jurisdiction) {
        subject = j
        if province == nil, j.level == .province || j.level == .city { province = j.name }
        if city == nil, j.level == .city || j.level == .province {
            city = j.name
            cityIsProvince = j.level == .province
        }
    }

    /// Takes the place whose body issues the text as its subject: a generic "tỉnh", "thành phố" or "huyện"
    /// of its level stands for it.
    mutating func adopt(issuer j: Jurisdiction) {
        adopt(documentSubject: j)
        switch j.level {
        case .province: province = j.name
        case .city: city = j.name
        case .district, .town: district = j.name
        default: break
        }
    }

    /// Takes the country as the subject: generic "tỉnh" and "thành phố" then stand for no one place.
    mutating func adoptCountry() {
        subject = FigureCompleteness.country
        province = nil
        city = nil
    }

    /// Takes the province of the provincial city the text names as its subject: a generic "tỉnh"
    /// stands for that province, a generic "thành phố" still for the city.
    mutating func adoptProvince(_ j: Jurisdiction) {
        subject = j
        province = j.name
    }

    /// The jurisdiction a mention stands for; a generic one stands for the unit of its level named before it
    /// (`namedProvince`, `namedCity`, `namedDistrict`), else for the text's.
    func resolve(_ m: PlaceMention, namedProvince: String?, namedCity: String?, namedDistrict: String? = nil) -> Jurisdiction? {
        if let name = m.name { return Jurisdiction(m.level, name) }
        switch m.level {
        case .province: return (namedProvince ?? province).map { Jurisdiction(.province, $0) }
        // (a generic "thành phố" in a text about a province is some city of it, never "city:<the province>")
        case .city: return namedCity.map { Jurisdiction(.city, $0) } ?? (cityIsProvince ? nil : city.map { Jurisdiction(.city, $0) })
        case .district: return (namedDistrict ?? district).map { Jurisdiction(.district, $0) }
        case .specialZone: return specialZone.map { Jurisdiction(.specialZone, $0) }
        default: return nil
        }
    }
}
