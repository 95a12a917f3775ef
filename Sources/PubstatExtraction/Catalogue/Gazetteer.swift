import Foundation
import PubstatModel

/// Vietnam's provinces, centrally-run cities and their districts, towns and provincial cities, before
/// and after the July 2025 reorganisation. It is generated data (`gazetteer.json`, written by
/// `scripts/gen-gazetteer.py` from the `vietnam-provinces` package and embedded by
/// `scripts/gen-catalogue.sh`), compiled here into phrase tries for the place scanner and into
/// look-ups by name, parent, successor and portal host.
///
/// Names are matched on folded tokens, so case and tone placement (`HÀ NỘI`, `Hoà Bình`) never matter (a tone
/// mark the text carries must be the name's: `Phù Yên` is not `Phú Yên`);
/// each name is also entered in its ASCII spelling (`Ha Noi`, `Dak Lak`) unless that spelling is
/// another place's name.
struct Gazetteer: Sendable {
    /// Which division a unit belongs to: the 63 provinces with districts (`pre2025`), the 34
    /// provinces of July 2025 (`post2025`), or both.
    enum Era: String, Sendable, Decodable {
        case pre2025, post2025, both
    }

    /// How the text introduces a unit; it decides the level word a name may follow.
    enum UnitType: String, Sendable, Decodable {
        case country, province
        case centralCity = "central_city"
        case provincialCity = "provincial_city"
        case town
        case ruralDistrict = "rural_district"
        case urbanDistrict = "urban_district"
        case specialZone = "special_zone"
    }

    /// One unit of the gazetteer.
    struct Place: Sendable {
        var jurisdiction: Jurisdiction
        var type: UnitType
        var era: Era
        /// The province or centrally-run city a district, town or provincial city belonged to.
        var parent: Jurisdiction?
        /// The post-2025 province or city that took over the unit (itself for one that stayed).
        var mergedInto: Jurisdiction?
        /// The post-2025 special zone that carries the unit on under its name ("huyện Côn Đảo" → `special_zone:Côn Đảo`).
        var became: Jurisdiction?
    }

    /// The gazetteer file does not describe places consistently.
    enum LoadError: Error, CustomStringConvertible {
        case badJurisdiction(field: String, value: String)
        case levelDisagreesWithType(String)

        var description: String {
            switch self {
            case .badJurisdiction(let field, let value): "gazetteer: \(field) is not a jurisdiction: \(value)"
            case .levelDisagreesWithType(let id): "gazetteer: the level of \(id) disagrees with its type"
            }
        }
    }

    private(set) var places: [Place] = []
    /// The year of the reorganisation into 34 provinces (the file's `reorganised` date).
    private(set) var reorganisationYear: Int?
    /// The month of the reorganisation (the file's `reorganised` date).
    private(set) var reorganisationMonth: Int?
    /// Names that stand alone when capitalised: provinces, centrally-run cities, the country.
    private(set) var bare = PhraseTrie<Jurisdiction>()
    /// The tone marks of the spellings of `bare`'s phrases (folding drops them).
    private(set) var bareTones: [[UInt64]: Set<ToneMarks>] = [:]
    /// Provincial cities' names that no other unit bears, written alone ("Nha Trang", "Cam Ranh"): hints
    /// of the province of a text that names none, never a figure's jurisdiction.
    private(set) var cityHints = PhraseTrie<Jurisdiction>()
    /// First words of bare forms written in lower case: a nickname's ("đảo" of "đảo Ngọc").
    private(set) var plainOpeners = WordSet([])
    /// Newspapers named otherwise than their place ("Sài Gòn Giải Phóng", "Hà Nội Mới").
    private(set) var mastheads = PhraseTrie<Jurisdiction>()
    /// Names after `tỉnh`.
    private(set) var provinceNames = PhraseTrie<Jurisdiction>()
    /// Names after `thành phố` / `TP`: centrally-run and provincial cities.
    private(set) var cityNames = PhraseTrie<Jurisdiction>()
    /// Names after `huyện` / `quận`.
    private(set) var districtNames = PhraseTrie<Jurisdiction>()
    /// Names after `thị xã`.
    private(set) var townNames = PhraseTrie<Jurisdiction>()
    /// Names after `đặc khu`.
    private(set) var specialZoneNames = PhraseTrie<Jurisdiction>()
    private var indices: [Jurisdiction: [Int]] = [:]
    private var hostSlugs: [String: Jurisdiction] = [:]
    /// The districts, towns and provincial cities (before 2025) by their ASCII name (`chodon`), for their portals.
    private var unitSlugs: [String: Set<Jurisdiction>] = [:]
    private var hostPrefixes: [String] = []
    private var hostSuffixes: [String] = []

    /// The gazetteer compiled into the binary.
    static let shared: Gazetteer = {
        do {
            return try Gazetteer(json: Array(EmbeddedGazetteer.json.utf8))
        } catch {
            preconditionFailure("the embedded gazetteer does not decode: \(error)")
        }
    }()

    /// The names that may follow a level word of `level`.
    func names(after level: Jurisdiction.Level) -> PhraseTrie<Jurisdiction>? {
        switch level {
        case .province: provinceNames
        case .city: cityNames
        case .district: districtNames
        case .town: townNames
        case .specialZone: specialZoneNames
        case .country, .commune, .ward: nil
        }
    }
}

// MARK: - Loading

extension Gazetteer {
    private struct File: Decodable {
        struct Entry: Decodable {
            var id: String
            var type: UnitType
            var era: Era
            var parent: String?
            var merged_into: String?
            var became: String?
            var names: [String]
            var bare_forms: [String]
            var hint_forms: [String]?
        }
        struct Hosts: Decodable {
            var prefixes: [String]
            var suffixes: [String]
            var slugs: [String: String]
        }
        var reorganised: String?
        var places: [Entry]
        var portal_hosts: Hosts
        var mastheads: [String: String]?
    }

    /// Folded phrases of one trie, gathered before insertion so that ASCII spellings that would be
    /// ambiguous can be left out.
    private struct TrieBuilder {
        var exact: [[UInt64]: Jurisdiction] = [:]
        var ascii: [[UInt64]: Set<Jurisdiction>] = [:]
        /// The tone marks of the spellings of each phrase's place.
        var tones: [[UInt64]: Set<ToneMarks>] = [:]
        /// Other units of the same level whose names fold to the phrase, after the first.
        var namesakes: [[UInt64]: [Jurisdiction]] = [:]

        mutating func add(_ name: String, _ j: Jurisdiction) {
            let phrase = Tokenizer.phrase(name)
            guard !phrase.isEmpty else { return }
            if exact[phrase] == nil { exact[phrase] = j }
            if exact[phrase] == j { tones[phrase, default: []].insert(ToneMarks(name)) }
            // ("Phú Ninh" in Quảng Nam, "Phù Ninh" in Phú Thọ: names that fold alike, spelled apart, are both kept; the
            // scanner picks the one the text spells)
            else if exact[phrase]?.level == j.level, !(namesakes[phrase]?.contains(j) ?? false) { namesakes[phrase, default: []].append(j) }
            let plain = Tokenizer.phrase(Gazetteer.asciiSpelling(name))
            if plain != phrase { ascii[plain, default: []].insert(j) }
        }

        func build() -> PhraseTrie<Jurisdiction> {
            var trie = PhraseTrie<Jurisdiction>()
            // sorted, so the trie's layout does not depend on dictionary order
            for (phrase, j) in exact.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                trie.insert(phrase, j)
                for other in namesakes[phrase] ?? [] { trie.insert(phrase, other) }
            }
            for (phrase, js) in ascii.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) })
            where js.count == 1 && exact[phrase] == nil {
                trie.insert(phrase, js.first!)
            }
            return trie
        }
    }

    init(json: [UInt8]) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(json))
        reorganisationYear = file.reorganised.flatMap { Int($0.prefix(4)) }
        reorganisationMonth = file.reorganised.flatMap { Int($0.dropFirst(5).prefix(2)) }
        func jurisdiction(_ text: String?, _ field: String) throws -> Jurisdiction? {
            guard let text else { return nil }
            guard let j = Jurisdiction(text) else { throw LoadError.badJurisdiction(field: field, value: text) }
            return j
        }
        var plain: [UInt64] = []
        var bare = TrieBuilder(), hints = TrieBuilder(), province = TrieBuilder(), city = TrieBuilder(), district = TrieBuilder(), town = TrieBuilder()
        var zone = TrieBuilder()
        for entry in file.places {
            guard let id = try jurisdiction(entry.id, "id") else { continue }
            guard id.level == Self.idLevel(of: entry.type) else { throw LoadError.levelDisagreesWithType(entry.id) }
            let j = Jurisdiction(Self.level(of: entry.type), id.name)
            let place = Place(jurisdiction: j, type: entry.type, era: entry.era,
                              parent: try jurisdiction(entry.parent, "parent"),
                              mergedInto: try jurisdiction(entry.merged_into, "merged_into"),
                              became: try jurisdiction(entry.became, "became"))
            indices[j, default: []].append(places.count)
            places.append(place)
            for name in entry.bare_forms {
                bare.add(name, j)
                if let first = name.first, first.isLowercase, let word = Tokenizer.phrase(name).first { plain.append(word) }
            }
            for name in entry.hint_forms ?? [] { hints.add(name, j) }
            for name in entry.names {
                switch entry.type {
                case .country: break
                case .province: province.add(name, j)
                case .centralCity, .provincialCity: city.add(name, j)
                case .town: town.add(name, j)
                case .ruralDistrict, .urbanDistrict: district.add(name, j)
                case .specialZone: zone.add(name, j)
                }
            }
        }
        self.bare = bare.build()
        bareTones = bare.tones
        plainOpeners = WordSet(plain)
        cityHints = hints.build()
        provinceNames = province.build()
        cityNames = city.build()
        districtNames = district.build()
        townNames = town.build()
        specialZoneNames = zone.build()
        for place in places where place.era != .post2025 && Self.isLocalUnit(place.type) {
            unitSlugs[Self.asciiSlug(place.jurisdiction.name), default: []].insert(place.jurisdiction)
        }
        for (slug, text) in file.portal_hosts.slugs {
            guard let j = try jurisdiction(text, "portal_hosts.slugs") else { continue }
            hostSlugs[slug] = j
        }
        var papers = TrieBuilder()
        for (name, text) in (file.mastheads ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let j = try jurisdiction(text, "mastheads") else { continue }
            papers.add(name, j)
        }
        mastheads = papers.build()
        // longest first, so `baodientu` is tried before `bao`
        hostPrefixes = file.portal_hosts.prefixes.sorted { ($0.count, $1) > ($1.count, $0) }
        hostSuffixes = file.portal_hosts.suffixes.sorted { ($0.count, $1) > ($1.count, $0) }
    }

    /// True when `text`, matched in `bare` as `phrase`, may be spelt as that place: text written without tone marks
    /// may be any, but "Phù Yên" (a district of Sơn La) is not "Phú Yên".
    func bareSpellingAgrees(_ text: String, phrase: [UInt64]) -> Bool {
        let marks = ToneMarks(text)
        guard !marks.isUnmarked, let known = bareTones[phrase] else { return true }
        return known.contains { marks.mayBe($0) }
    }

    /// The level a unit's id in the data file is written with (`town:` for a thị xã).
    static func idLevel(of type: UnitType) -> Jurisdiction.Level {
        type == .town ? .town : level(of: type)
    }

    /// The level a unit's figures are written with.
    static func level(of type: UnitType) -> Jurisdiction.Level {
        switch type {
        case .country: .country
        case .province: .province
        case .centralCity, .provincialCity: .city
        // (a thị xã is a district-level unit: the figure schema writes it `district:`, as it does a quận)
        case .town, .ruralDistrict, .urbanDistrict: .district
        case .specialZone: .specialZone
        }
    }
}

// MARK: - Look-ups

extension Gazetteer {
    /// The units recorded under a jurisdiction (several when districts of different provinces share
    /// a name, as `district:Châu Thành` does).
    func places(_ j: Jurisdiction) -> [Place] { (indices[j] ?? []).map { places[$0] } }

    /// The jurisdiction a written name stands for: a bare province-level name (`Hà Nội`, `TPHCM`,
    /// `Thừa Thiên - Huế`) or a name after its level word (`tỉnh Lai Châu`, `TP. Hồ Chí Minh`,
    /// `huyện Tam Đường`, `thị xã Mường Lay`, `đặc khu Côn Đảo`). Case, tone marks and their placement do not matter.
    func jurisdiction(forVariant text: String) -> Jurisdiction? {
        let tokens = Tokenizer.tokenize(FoldedText(utf8: text.precomposedUTF8))
        guard !tokens.isEmpty else { return nil }
        func whole(_ trie: PhraseTrie<Jurisdiction>, from start: Int) -> Jurisdiction? {
            guard let m = trie.longestMatch(in: tokens, at: start, limit: tokens.count), m.end == tokens.count else { return nil }
            return m.payload[0]
        }
        if let (level, start) = Self.levelWord(tokens), start < tokens.count, let trie = names(after: level),
           let j = whole(trie, from: start) {
            return j
        }
        return whole(bare, from: 0)
    }

    /// The level a phrase's leading level word introduces, and where the name starts.
    private static func levelWord(_ tokens: [Token]) -> (Jurisdiction.Level, Int)? {
        func at(_ phrase: [UInt64]) -> Bool {
            phrase.count <= tokens.count && zip(phrase, tokens).allSatisfy { $0 == $1.hash }
        }
        if at(Lex.thanhPho) { return (.city, 2) }
        if at([Lex.tp]) { return (.city, tokens.count > 1 && tokens[1].kind == .punct && tokens[1].first == UInt8(ascii: ".") ? 2 : 1) }
        if at([Lex.tinhWord]) { return (.province, 1) }
        if at([Lex.huyen]) || at([Lex.quan]) { return (.district, 1) }
        if at(Lex.thiXa) { return (.town, 2) }
        if at(Lex.dacKhu) { return (.specialZone, 2) }
        return nil
    }

    /// The province or centrally-run city a district, town or provincial city belonged to; nil for
    /// a province-level unit, an unknown name, or a name shared by units of different provinces.
    func parentProvince(of j: Jurisdiction) -> Jurisdiction? {
        let parents = Set(places(j).compactMap(\.parent))
        return parents.count == 1 ? parents.first : nil
    }

    /// Every province a unit of this name belonged to, sorted.
    func parentProvinces(of j: Jurisdiction) -> [Jurisdiction] {
        Set(places(j).compactMap(\.parent)).sorted()
    }

    /// The post-2025 province or centrally-run city a pre-2025 unit was merged into (`province:Hà
    /// Giang` → `province:Tuyên Quang`); the unit itself for one that kept its name. For a district,
    /// the province that took its communes.
    func mergedInto(_ j: Jurisdiction) -> Jurisdiction? {
        let targets = Set(places(j).compactMap(\.mergedInto))
        return targets.count == 1 ? targets.first : nil
    }

    /// The era a jurisdiction belongs to; nil when unknown or when homonyms disagree.
    func era(of j: Jurisdiction) -> Era? {
        let eras = Set(places(j).map(\.era))
        return eras.count == 1 ? eras.first : nil
    }

    /// The one province or centrally-run city an address's path spells in its hyphenated words
    /// (`…/vinh-phuc-hom-nay/tong-muc-ban-le-…` → Vĩnh Phúc): two to four words joined make a
    /// portal slug. Nil when the path spells none or several.
    func province(spelledInPath path: String) -> Jurisdiction? {
        let found = Set(Self.wordRuns(of: path, lengths: 2...4).compactMap { hostSlugs[$0] })
        return found.count == 1 ? found.first : nil
    }

    /// The one district, town or provincial city of `province` whose name a URL path spells in its hyphenated
    /// words (`/chu-pah-nhieu-chi-tieu-…` → Chư Păh of Gia Lai); nil when none or several do.
    func district(spelledInPath path: String, within province: Jurisdiction) -> Jurisdiction? {
        let found = Set(Self.wordRuns(of: path, lengths: 2...3).flatMap { run in
            (unitSlugs[run] ?? []).filter { isLocalUnit($0, of: province) }
        })
        return found.count == 1 ? found.first : nil
    }

    /// The districts, towns and provincial cities of `province` before 2025.
    func localUnits(of province: Jurisdiction) -> [Jurisdiction] {
        places.filter { Self.isLocalUnit($0, of: province) }.map(\.jurisdiction)
    }

    /// Whether `j` was a district, town or provincial city of `province` before 2025.
    private func isLocalUnit(_ j: Jurisdiction, of province: Jurisdiction) -> Bool {
        places(j).contains { Self.isLocalUnit($0, of: province) }
    }

    private static func isLocalUnit(_ place: Place, of province: Jurisdiction) -> Bool {
        place.parent == province && place.era != .post2025 && isLocalUnit(place.type)
    }

    /// The one district, town or provincial city of `province` whose ASCII slug a host label is (`luongson` of
    /// `luongson.hoabinh.gov.vn` → Lương Sơn of Hòa Bình); nil when none or several of the province spell it.
    func district(labelled label: Substring, within province: Jurisdiction) -> Jurisdiction? {
        let slug = String(label.filter { $0.isASCII && $0.isLetter })
        guard slug.count >= 4 else { return nil }
        let found = (unitSlugs[slug] ?? []).filter { isLocalUnit($0, of: province) }
        return found.count == 1 ? found.first : nil
    }

    /// The one district, town or provincial city (before 2025) whose portal a host is, its first label the unit's
    /// ASCII slug under `.gov.vn` (`chodon.gov.vn` → Chợ Đồn); nil when no unit or several of the country spell it.
    func district(matchingHost host: String) -> Jurisdiction? {
        let labels = host.lowercased().split(separator: ".")
        guard labels.count >= 3, labels.suffix(2) == ["gov", "vn"] else { return nil }
        let first = labels.first == "www" && labels.count >= 4 ? labels[1] : labels[0]
        let label = String(first.filter { $0.isASCII && $0.isLetter })
        guard label.count >= 4, let found = unitSlugs[label], found.count == 1 else { return nil }
        return found.first
    }

    private static func isLocalUnit(_ type: UnitType) -> Bool {
        type == .ruralDistrict || type == .urbanDistrict || type == .town || type == .provincialCity
    }

    /// The runs of consecutive hyphenated words of a URL path's segments, joined (`/chu-pah-nhieu` → `chupah`, `pahnhieu`, …).
    static func wordRuns(of path: String, lengths: ClosedRange<Int>) -> [String] {
        var runs: [String] = []
        for segment in path.lowercased().split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "&" || $0 == "=" || $0 == "." }) {
            let words = segment.split(separator: "-").map { String($0.filter { $0.isASCII && $0.isLetter }) }
            for start in words.indices {
                for length in lengths where start + length <= words.count { runs.append(words[start..<(start + length)].joined()) }
            }
        }
        return runs
    }

    /// ASCII letters of a name, lower case, as a URL writes it: `Chư Păh` → `chupah`.
    static func asciiSlug(_ name: String) -> String {
        let plain = name.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(plain.lowercased().filter { $0.isASCII && $0.isLetter })
    }

    /// The province or centrally-run city whose portal a host is: a label that is the province's
    /// ASCII slug (`laichau.gov.vn`, `sotaichinh.laichau.gov.vn`, `laichau.dcs.vn`), or that slug
    /// with a known prefix or suffix (`thongkelaichau.gov.vn`, `baolaichau.vn`, `bacninhtv.vn`).
    /// A bare label works too (`laichau`).
    func province(matchingHost host: String) -> Jurisdiction? {
        for part in host.lowercased().split(separator: ".") {
            let label = String(part.filter { $0.isASCII && $0.isLetter })
            guard !label.isEmpty else { continue }
            if let j = hostSlugs[label] { return j }
            for prefix in hostPrefixes where label.count > prefix.count && label.hasPrefix(prefix) {
                if let j = hostSlugs[String(label.dropFirst(prefix.count))] { return j }
            }
            for suffix in hostSuffixes where label.count > suffix.count && label.hasSuffix(suffix) {
                if let j = hostSlugs[String(label.dropLast(suffix.count))] { return j }
            }
        }
        return nil
    }

    /// A name without tone marks or vowel marks, `đ` as `d`: `Đắk Lắk` → `Dak Lak`.
    static func asciiSpelling(_ name: String) -> String {
        var out = ""
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar); continue }
            let (b, upper) = Folding.fold(scalar.value)
            let letter: Character? = switch b {
            case Folding.aBreve, Folding.aCircumflex: "a"
            case Folding.eCircumflex: "e"
            case Folding.oCircumflex, Folding.oHorn: "o"
            case Folding.uHorn: "u"
            case Folding.dStroke: "d"
            case 97...122: Character(Unicode.Scalar(b))
            default: nil
            }
            if let letter { out.append(upper ? Character(letter.uppercased()) : letter) } else if b != Folding.drop { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
