import Foundation
import PubstatModel

/// The indicator catalogue: indicators with their Vietnamese cue phrases and expected units,
/// authorities, sectors and qualifiers, plus the place names of the ``Gazetteer``. It is data
/// (`indicators.json` and `gazetteer.json`, embedded by `scripts/gen-catalogue.sh`), so adding an
/// indicator is adding an entry.
struct Catalogue: Sendable {
    /// An expected unit: a class, and for counts the nouns that name what is counted.
    struct ExpectedUnit: Sendable, Hashable {
        var unitClass: UnitClass
        /// Folded first-word hashes of accepted count nouns; empty accepts any noun.
        var nouns: Set<UInt64>
    }

    struct Entry: Sendable {
        var indicator: Indicator
        var units: [ExpectedUnit]
        /// The value is a stated change ("GRDP tăng 7%").
        var changeIsValue: Bool
        var rateVariant: Indicator?
        /// The share of the whole a count makes ("181/216 xã đạt chuẩn, chiếm 83,8%" → the communes' share).
        var shareVariant: Indicator?
        /// The stock a flow adds to ("có thêm 6 xã đạt chuẩn, nâng tổng số lên 80 xã" → the communes so far).
        var totalVariant: Indicator? = nil
        /// The whole this indicator is a part of (international visitors of all visitors): a sentence that singles the
        /// part out ("Riêng khách quốc tế, …") states the part where it names only the whole.
        var partOf: Indicator? = nil
        /// The level written per person ("GRDP đạt 94,12 triệu đồng/người" → output per head).
        var perPersonVariant: Indicator? = nil
        /// A growth figure derived from this indicator's year-on-year change ("GRDP ... tăng 10,55%").
        var growthIndicator: Indicator?
        /// A fall is the value itself ("tỷ lệ hộ nghèo giảm bình quân 3%/năm" → 3).
        var decreaseIsPositive: Bool
        var jurisdiction: Jurisdiction?
        /// Indicators after which ``contextCues`` name this one ("doanh thu" after tourist arrivals).
        var contextAfter: Set<Indicator> = []
        /// A level at a point in time (communes recognised so far), not a flow over its period: under
        /// a span it is the span's last year.
        var isStock = false
        /// The output family (GDP, GRDP) of the indicator, looked up once at load.
        var family: OutputFamily?
        /// Qualifiers written after the unit name this indicator ("lượt khách nội địa": trailing cues).
        var hasTrailingCues = false
        /// Whether the indicator counts visitors ("lượt khách"): its units are arrivals.
        var countsArrivals: Bool { units.contains { $0.unitClass == .arrivals } }
        /// A money value (billion đồng) no province reaches: a figure above it, told without a place, is the
        /// country's (the national budget in a province's news).
        var nationalAbove: Double? = nil
        /// The largest value a figure of this indicator can take (19 criteria a commune, 100 % of households): a
        /// number above it is something else, such as the total an average is taken over.
        var atMost: Double? = nil
    }

    /// What the catalogue holds. A catalogue is copied into every scanner and binder made from it (several
    /// times a bulletin, and a binder is copied whenever a mutating rule asks a non-mutating one), so its
    /// tables live in one immutable object: a copy is one reference, not a thousand bytes and dozens of
    /// references. Loading fills a `Tables` value; ``update(_:)`` changes a copy (merging extra files).
    struct Tables: Sendable {
        var entries: [Entry]
        /// Cue phrase → indices into ``entries``.
        var cues = PhraseTrie<Int>()
        /// Generic cue phrases ("doanh thu") that name an indicator only right after a related one.
        var contextCues = PhraseTrie<Int>()
        /// Words that name an indicator only written straight after its number's unit ("lượt khách nội địa").
        var trailingCues = PhraseTrie<Int>()
        var authorities = PhraseTrie<Authority>()
        /// Indicators whose figures are always the country's (national GDP and its uses).
        var nationalIndicators: Set<Indicator> = []
        /// The output family (GDP, GRDP) of each member indicator.
        var families: [Indicator: OutputFamily] = [:]
        /// What a national indicator's name meant in a province's own bulletin until a year ("GDP" of a
        /// province before GRDP was the name, catalogue `regional` of a family).
        var regionalNames: [Indicator: RegionalName] = [:]
        var sectors = PhraseTrie<String>()
        /// Sector names without "khu vực" ("dịch vụ tăng 7,3%"): sectors only right after an output figure.
        var bareSectors = PhraseTrie<String>()
        /// The sector each branch belongs to (catalogue `branch_of`: "bán buôn và bán lẻ" is a branch of services).
        var sectorBranchOf: [String: String] = [:]
        var qualifiers = PhraseTrie<Bool>()
        var estimateWords = PhraseTrie<Bool>()
        var planWords = PhraseTrie<Bool>()
        var targetWords = PhraseTrie<Bool>()
        var countNouns = PhraseTrie<UInt64>()
        /// Place names: provinces, cities, districts and towns, before and after 2025.
        let gazetteer: Gazetteer
        /// The headings a portal's visitor counter stands under ("Thống kê truy cập", "Lượt truy cập").
        var counterHeaders: [[UInt64]]
        /// National bodies whose releases speak of the country (catalogue `national_bodies`).
        var nationalBodies: [[UInt64]]
        /// The first words of ``nationalBodies``.
        var nationalBodyStarts = WordSet([])
        /// National bodies whose name the provinces' offices also bore, national only when no place or level word
        /// follows (catalogue `national_bodies_unplaced`: "Cục Thống kê", since 2025 the national statistics office).
        var unplacedNationalBodies: [[UInt64]] = []
        /// Countries and regions visitors come from (catalogue `source_markets`): "khách Trung Quốc" is one market's
        /// visitors, a part of the arrivals.
        var sourceMarkets = PhraseTrie<Bool>()
        /// Column labels of a yearbook table that name a part of its indicator (catalogue `column_scopes`):
        /// "Thành thị" → `urban`.
        var columnScopes = PhraseTrie<String>()
        /// Words written right after an indicator's name, or opening a sentence that continues the figure before,
        /// that name a part of it (catalogue `cue_scopes`): "trừ dầu khí" → `excluding_oil_gas`.
        var cueScopes = PhraseTrie<String>()
        /// Every token's ``Token/flags``, looked up once per token by the tokenizer: the cue openers (the first
        /// words of every phrase of ``cues``, ``contextCues``, ``sectors`` and ``bareSectors``: a token outside
        /// them opens no cue, so the binder tests one bit per token instead of four sets), the place openers
        /// (``PlaceScanner/levelWordList`` and the first words of the gazetteer's bare names; the gazetteer
        /// never changes after load), and the scanners' own sets. Rebuilt by ``indexCueOpeners()`` whenever
        /// the cue tries change.
        fileprivate(set) var tokenFlags = TokenFlagTable.empty
        var counterLabels = PhraseTrie<Indicator>()
    }

    private final class Storage: Sendable {
        let tables: Tables
        /// The first entry of each indicator: rebuilt with every new `Tables`, so never out of step with it.
        let firstEntry: [Indicator: Int]
        /// The indicators some entry of which states its change as its value: rebuilt with every new `Tables` too.
        let changeIsValue: Set<Indicator>
        init(_ tables: Tables) {
            self.tables = tables
            var firstEntry: [Indicator: Int] = [:]
            for (k, e) in tables.entries.enumerated() where firstEntry[e.indicator] == nil { firstEntry[e.indicator] = k }
            self.firstEntry = firstEntry
            changeIsValue = Set(tables.entries.filter(\.changeIsValue).map(\.indicator))
        }
    }

    private var storage: Storage

    init(tables: Tables) { storage = Storage(tables) }

    /// Changes the tables: a new object, so catalogues that shared the old one keep it (load time only).
    mutating func update<T>(_ body: (inout Tables) throws -> T) rethrows -> T {
        var tables = storage.tables
        let result = try body(&tables)
        storage = Storage(tables)
        return result
    }

    // the tables, read through the one reference
    var entries: [Entry] { storage.tables.entries }
    var cues: PhraseTrie<Int> { storage.tables.cues }
    var contextCues: PhraseTrie<Int> { storage.tables.contextCues }
    var trailingCues: PhraseTrie<Int> { storage.tables.trailingCues }
    var authorities: PhraseTrie<Authority> { storage.tables.authorities }
    var nationalIndicators: Set<Indicator> { storage.tables.nationalIndicators }
    var families: [Indicator: OutputFamily] { storage.tables.families }
    var regionalNames: [Indicator: RegionalName] { storage.tables.regionalNames }
    var sectors: PhraseTrie<String> { storage.tables.sectors }
    var bareSectors: PhraseTrie<String> { storage.tables.bareSectors }
    var sectorBranchOf: [String: String] { storage.tables.sectorBranchOf }
    var qualifiers: PhraseTrie<Bool> { storage.tables.qualifiers }
    var estimateWords: PhraseTrie<Bool> { storage.tables.estimateWords }
    var planWords: PhraseTrie<Bool> { storage.tables.planWords }
    var targetWords: PhraseTrie<Bool> { storage.tables.targetWords }
    var countNouns: PhraseTrie<UInt64> { storage.tables.countNouns }
    var gazetteer: Gazetteer { storage.tables.gazetteer }
    var counterHeaders: [[UInt64]] { storage.tables.counterHeaders }
    var nationalBodies: [[UInt64]] { storage.tables.nationalBodies }
    var sourceMarkets: PhraseTrie<Bool> { storage.tables.sourceMarkets }
    var columnScopes: PhraseTrie<String> { storage.tables.columnScopes }
    var cueScopes: PhraseTrie<String> { storage.tables.cueScopes }
    var nationalBodyStarts: WordSet { storage.tables.nationalBodyStarts }
    var tokenFlags: TokenFlagTable { storage.tables.tokenFlags }
    var counterLabels: PhraseTrie<Indicator> { storage.tables.counterLabels }

    /// Whether `indicator` is a rate's fall (some entry's ``Entry/rateVariant``: "giảm 3,58 điểm phần trăm"
    /// of the poverty rate), whose values are points. (Asked only of numbers in points: a scan is cheap.)
    func isRateFall(_ indicator: Indicator) -> Bool { entries.contains { $0.rateVariant == indicator } }

    /// The catalogue compiled into the binary.
    static let shared: Catalogue = {
        do {
            return try Catalogue(json: Array(EmbeddedCatalogue.json.utf8), gazetteer: .shared)
        } catch {
            preconditionFailure("the embedded indicator catalogue does not decode: \(error)")
        }
    }()

    func entry(_ index: Int) -> Entry { entries[index] }

    func entry(named name: Indicator) -> Entry? { entryIndex(of: name).map(entry) }

    /// The index of the first entry of `indicator` (what `entries.firstIndex { $0.indicator == indicator }` finds),
    /// by one hash look-up instead of comparing names along the list.
    func entryIndex(of indicator: Indicator) -> Int? { storage.firstEntry[indicator] }

    /// Whether some entry of `indicator` states its change as its value (a rate of change: "GRDP tăng 7%"), what
    /// `entries.contains { $0.indicator == indicator && $0.changeIsValue }` finds, by one hash look-up instead of
    /// comparing names along the list.
    func changeIsValue(of indicator: Indicator) -> Bool { storage.changeIsValue.contains(indicator) }

    /// The output family an indicator belongs to, if any.
    func family(of indicator: Indicator) -> OutputFamily? { families[indicator] }
}

/// A national indicator's name as a province used it for its own figure until `until`.
struct RegionalName: Sendable {
    var until: Int
    var indicator: Indicator
}

extension Catalogue {
    fileprivate struct File: Decodable {
        struct IndicatorEntry: Decodable {
            var name: String
            var units: [String]
            var cues: [String]
            var change_is_value: Bool?
            var rate_variant: String?
            var share_variant: String?
            var per_person_variant: String?
            var total_variant: String?
            var part_of: String?
            var growth_indicator: String?
            var decrease_is_positive: Bool?
            var jurisdiction: String?
            var context_cues: [String]?
            var stock: Bool?
            var trailing_cues: [String]?
            var context_after: [String]?
            var national_above: Double?
            var at_most: Double?
        }
        struct AuthorityEntry: Decodable { var cue: String; var authority: String }
        struct FamilyEntry: Decodable {
            struct Regional: Decodable { var until: Int; var members: [String: String] }
            var family: String; var members: [String]; var growth: String?; var sector_value: String?; var sector_growth: String?
            var sector_values: [String: String]?
            var sector_names: [String: String]?
            var regional: Regional?
        }
        struct SectorEntry: Decodable { var sector: String; var cues: [String]; var bare_cues: [String]?; var branch_of: String? }
        struct Counters: Decodable {
            struct Label: Decodable { var label: String; var indicator: String }
            var headers: [String]
            var labels: [Label]
        }
        var indicators: [IndicatorEntry]
        var authorities: [AuthorityEntry]
        var sectors: [SectorEntry]
        var families: [FamilyEntry]
        var qualifiers: [String]
        var estimate_words: [String]
        var plan_words: [String]
        var target_words: [String]
        /// Longer phrases holding a target word that name no target ("chương trình mục tiêu quốc gia").
        var not_target_words: [String]?
        var count_nouns: [String]
        /// Phrase → the abbreviation bulletins write for it ("nông thôn mới" → "NTM").
        var abbreviations: [String: String]?
        var portal_counters: Counters
        /// National bodies whose releases speak of the country ("Tổng cục Thống kê", "Bộ Tài chính").
        var national_bodies: [String]?
        /// National bodies whose name the provinces' offices also bore ("Cục Thống kê"): national when no place follows.
        var national_bodies_unplaced: [String]?
        /// Countries and regions visitors come from ("Trung Quốc", "Hàn Quốc", "châu Âu").
        var source_markets: [String]?
        /// Column labels that name a part of a table's indicator, and the scope they give ("Thành thị": "urban").
        var column_scopes: [String: String]?
        var cue_scopes: [String: String]?
    }

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    init(json: [UInt8], gazetteer: Gazetteer = .shared) throws {
        self.init(tables: try Tables(json: json, gazetteer: gazetteer))
    }
}

extension Catalogue.Tables {
    fileprivate typealias File = Catalogue.File
    fileprivate typealias LoadError = Catalogue.LoadError
    typealias Entry = Catalogue.Entry
    typealias ExpectedUnit = Catalogue.ExpectedUnit

    init(json: [UInt8], gazetteer: Gazetteer) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(json))
        self.gazetteer = gazetteer
        entries = []
        counterHeaders = file.portal_counters.headers.map(Tokenizer.phrase)
        nationalBodies = (file.national_bodies ?? []).map(Tokenizer.phrase)
        unplacedNationalBodies = (file.national_bodies_unplaced ?? []).map(Tokenizer.phrase)
        nationalBodyStarts = WordSet((nationalBodies + unplacedNationalBodies).compactMap(\.first))
        for market in file.source_markets ?? [] { sourceMarkets.insert(Tokenizer.phrase(market), true) }
        for (label, scope) in file.column_scopes ?? [:] { columnScopes.insert(Tokenizer.phrase(label), scope) }
        for (words, scope) in file.cue_scopes ?? [:] { cueScopes.insert(Tokenizer.phrase(words), scope) }
        // "đơn vị cấp huyện=huyện": a phrase that counts what another noun names
        for noun in file.count_nouns {
            let parts = noun.split(separator: "=", maxSplits: 1).map(String.init)
            let words = Tokenizer.phrase(parts[0])
            countNouns.insert(words, parts.count == 2 ? Tokenizer.phrase(parts[1])[0] : words[0])
        }
        for item in file.indicators {
            let units = try item.units.map { spec -> ExpectedUnit in
                let parts = spec.split(separator: ":", maxSplits: 1)
                guard let unitClass = UnitClass(catalogueName: String(parts[0])) else {
                    throw LoadError(description: "indicator \(item.name): unknown unit \(spec)")
                }
                // ("count:đơn vị chủ thể cơ sở hợp tác xã": the catalogue's count nouns, longest first, so that "hợp tác xã",
                // a cooperative, does not accept "xã", a commune; a word that is no count noun is an error, not a noun)
                var nouns = Set<UInt64>()
                if parts.count == 2 {
                    let tokens = Tokenizer.tokenize(FoldedText(utf8: Array(String(parts[1]).precomposedUTF8)))
                    var k = 0
                    while k < tokens.count {
                        if let m = countNouns.longestMatch(in: tokens, at: k, limit: tokens.count) {
                            nouns.formUnion(m.payload)
                            k = m.end
                        } else {
                            throw LoadError(description: "indicator \(item.name): unit \(spec) has a word that is not among count_nouns; "
                                            + "add the noun to count_nouns or write one that is there")
                        }
                    }
                }
                return ExpectedUnit(unitClass: unitClass, nouns: nouns)
            }
            var jurisdiction: Jurisdiction?
            if let text = item.jurisdiction {
                guard let j = Jurisdiction(text) else { throw LoadError(description: "indicator \(item.name): bad jurisdiction \(text)") }
                jurisdiction = j
            }
            entries.append(Entry(
                indicator: Indicator(item.name), units: units, changeIsValue: item.change_is_value ?? false,
                rateVariant: item.rate_variant.map { Indicator($0) }, shareVariant: item.share_variant.map { Indicator($0) }, growthIndicator: item.growth_indicator.map { Indicator($0) },
                decreaseIsPositive: item.decrease_is_positive ?? false, jurisdiction: jurisdiction,
                contextAfter: Set((item.context_after ?? []).map { Indicator($0) }), isStock: item.stock ?? false,
                hasTrailingCues: !(item.trailing_cues ?? []).isEmpty
            ))
            entries[entries.count - 1].totalVariant = item.total_variant.map { Indicator($0) }
            entries[entries.count - 1].partOf = item.part_of.map { Indicator($0) }
            entries[entries.count - 1].perPersonVariant = item.per_person_variant.map { Indicator($0) }
            entries[entries.count - 1].nationalAbove = item.national_above
            entries[entries.count - 1].atMost = item.at_most
            for cue in item.context_cues ?? [] { contextCues.insert(Tokenizer.phrase(cue), entries.count - 1) }
            for cue in item.trailing_cues ?? [] { trailingCues.insert(Tokenizer.phrase(cue), entries.count - 1) }
            for cue in Catalogue.withAbbreviations(item.cues, file.abbreviations ?? [:]) { cues.insert(Tokenizer.phrase(cue), entries.count - 1) }
        }
        for item in file.authorities {
            guard let authority = Authority(rawValue: item.authority) else {
                throw LoadError(description: "unknown authority \(item.authority)")
            }
            for cue in Catalogue.withAbbreviations([item.cue], file.abbreviations ?? [:], minWords: 2) { authorities.insert(Tokenizer.phrase(cue), authority) }
        }
        for item in file.families {
            let family = OutputFamily(name: item.family, growth: item.growth.map { Indicator($0) },
                                      sectorValue: item.sector_value.map { Indicator($0) },
                                      sectorValues: (item.sector_values ?? [:]).mapValues { Indicator($0) },
                                      sectorGrowth: item.sector_growth.map { Indicator($0) },
                                      sectorNames: item.sector_names ?? [:])
            for member in item.members { families[Indicator(member)] = family }
            if let regional = item.regional {
                for (national, local) in regional.members {
                    regionalNames[Indicator(national)] = RegionalName(until: regional.until, indicator: Indicator(local))
                }
            }
        }
        for e in entries.indices { entries[e].family = families[entries[e].indicator] }
        nationalIndicators = Set(entries.filter { $0.jurisdiction?.level == .country }.map(\.indicator))
        for item in file.sectors {
            for cue in item.cues { sectors.insert(Tokenizer.phrase(cue), item.sector) }
            for cue in item.bare_cues ?? [] { bareSectors.insert(Tokenizer.phrase(cue), item.sector) }
            if let parent = item.branch_of { sectorBranchOf[item.sector] = parent }
        }
        for q in file.qualifiers { qualifiers.insert(Tokenizer.phrase(q), true) }
        for q in file.estimate_words { estimateWords.insert(Tokenizer.phrase(q), true) }
        for q in Catalogue.withAbbreviations(file.plan_words, file.abbreviations ?? [:], minWords: 2) { planWords.insert(Tokenizer.phrase(q), true) }
        for q in file.target_words { targetWords.insert(Tokenizer.phrase(q), true) }
        for q in file.not_target_words ?? [] { targetWords.insert(Tokenizer.phrase(q), false) }
        for label in file.portal_counters.labels {
            counterLabels.insert(Tokenizer.phrase(label.label), Indicator(label.indicator))
        }
        indexCueOpeners()
    }

    /// Words for "sector" that may lead a bare sector name besides the sector cues' own "khu vực":
    /// "lĩnh vực công nghiệp và xây dựng", "khu vực kinh tế nông, lâm nghiệp và thủy sản".
    static let sectorLeads = [Lex.p("lĩnh vực"), Lex.p("khu vực kinh tế")]

    /// Recomputes ``tokenFlags`` from the tries it covers.
    mutating func indexCueOpeners() {
        let cueOpenerList = cues.firstWordList + contextCues.firstWordList + sectors.firstWordList + bareSectors.firstWordList
            + Self.sectorLeads.map { $0[0] }
        tokenFlags = TokenFlagTable([
            (.spelledStart, SpelledNumbers.starts), (.periodTrigger, PeriodScanner.triggers),
            (.placeOpener, PlaceScanner.openerWordList + gazetteer.bare.firstWordList + gazetteer.cityHints.firstWordList
                + gazetteer.districtNames.firstWordList + [PlaceScanner.localityWord]), (.cueOpener, cueOpenerList),
            (.contactOpener, DocumentSubject.contactOpeners),
        ])
    }
}

extension Catalogue {
    /// Each cue, each cue with one of its phrases written as the abbreviation bulletins use, and each
    /// with all of them abbreviated ("dự toán Trung ương giao" → "DT Trung ương giao", "dự toán TW giao",
    /// "DT TW giao").
    /// - Parameter minWords: the fewest words an abbreviated phrase may have: an abbreviation alone can
    ///   mean something else ("DT" is "dự toán" in a budget report, "doanh thu" in a trade table).
    static func withAbbreviations(_ cues: [String], _ abbreviations: [String: String], minWords: Int = 1) -> [String] {
        var out = cues
        let pairs = abbreviations.sorted { $0.key < $1.key }
        func add(_ phrase: String) {
            if phrase.split(separator: " ").count >= minWords { out.append(phrase) }
        }
        for cue in cues {
            var all = cue
            var count = 0
            for (phrase, short) in pairs where cue.range(of: phrase, options: .caseInsensitive) != nil {
                add(cue.replacingOccurrences(of: phrase, with: short, options: .caseInsensitive))
                all = all.replacingOccurrences(of: phrase, with: short, options: .caseInsensitive)
                count += 1
            }
            if count > 1 { add(all) }
        }
        return out
    }

    /// The province or centrally-run city whose portal a host is (`laichau.gov.vn`,
    /// `thongkelaichau.gov.vn` → Lai Châu); see ``Gazetteer/province(matchingHost:)``.
    func province(matchingHost host: String) -> Jurisdiction? { gazetteer.province(matchingHost: host) }
}

extension Catalogue {
    /// The country's indicator a province's stands for ("grdp_growth" → "gdp_growth"), from the families'
    /// `regional` names.
    func nationalCounterpart(of indicator: Indicator) -> Indicator? {
        regionalNames.first { $0.value.indicator == indicator }?.key
    }

    /// Indicators that only a province or city has: local spending and the regional output family.
    func isLocalOnly(_ indicator: Indicator) -> Bool {
        indicator == Self.localSpending || family(of: indicator)?.name == Self.regionalOutput
    }

    /// A national body (`national_bodies`: "Tổng cục Thống kê", "Bộ Tài chính") named in `range`, not
    /// followed by a province of its own.
    func citesNationalBody(in range: Range<Int>, of doc: Document) -> Bool {
        for k in range where doc.tokens[k].kind == .word && nationalBodyStarts.contains(doc.tokens[k].hash) {
            // ("vượt 17,5% dự toán Bộ Tài chính giao": the body that set a province's estimate is not what the text cites)
            for body in nationalBodies where doc.matches(body, at: k) && !doc.isWord(k + body.count, Lex.tinhWord)
                && !doc.matchesBefore(Lex.duToan, k) && !(doc.isWord(k - 1, Self.by) && doc.matchesBefore(Lex.duToan, k - 1)) { return true }
            // ("Theo số liệu Cục Thống kê vừa công bố", not "Cục Thống kê tỉnh X", "Cục Thống kê Lai Châu" or "Chi cục Thống
            // kê", nor a bare "Cục Thống kê" in a text that names the province's office so elsewhere)
            for body in storage.tables.unplacedNationalBodies where doc.matches(body, at: k) && !isPlaced(body, at: k, in: doc)
                && !namesLocalOffice(body, in: doc) {
                return true
            }
        }
        return false
    }

    /// Whether the text names `body` anywhere as a local office ("Cục Thống kê tỉnh …").
    private func namesLocalOffice(_ body: [UInt64], in doc: Document) -> Bool {
        (0..<doc.count).contains { doc.matches(body, at: $0) && isPlaced(body, at: $0, in: doc) }
    }

    /// Whether the body named at `k` is a local office: "Chi cục …", or a place or level word after its name.
    private func isPlaced(_ body: [UInt64], at k: Int, in doc: Document) -> Bool {
        let next = k + body.count
        return doc.isWord(k - 1, Self.chi)
            || next < doc.count && doc.tokens[next].kind == .word && (doc.isCapitalised(next) || Self.levelWords.contains(doc.tokens[next].hash))
    }

    private static let chi = Lex.w("chi")
    private static let levelWords = WordSet([Lex.tinhWord, Lex.w("thành"), Lex.w("tp"), Lex.w("huyện")])

    private static let by = Lex.w("do")
    static let localSpending = Indicator("budget_expenditure_local")
    private static let regionalOutput = "grdp"
}
