import Foundation
import PubstatModel

/// Merges the entries of extra indicator files into a catalogue, checking each against what
/// is already there: the built-in catalogue first, then the files in order.
struct CatalogueMerger {
    private(set) var catalogue: Catalogue
    /// Where each indicator was defined: a file path, or the built-in catalogue.
    private var origins: [Indicator: String] = [:]
    /// Entries of the files, kept to check their references once every file is merged.
    private var merged: [CatalogueFileEntry] = []

    static let builtInOrigin = "the built-in catalogue"

    init(base: Catalogue) {
        catalogue = base
        for entry in base.entries { origins[entry.indicator] = Self.builtInOrigin }
    }

    mutating func merge(_ entries: [CatalogueFileEntry]) throws(CatalogueError) {
        for entry in entries {
            try merge(entry)
            merged.append(entry)
        }
    }

    private mutating func merge(_ item: CatalogueFileEntry) throws(CatalogueError) {
        let context = item.context
        let units = try item.units.map { specs throws(CatalogueError) in try expectedUnits(specs, context) }
        var jurisdiction: Jurisdiction?
        if let text = item.jurisdiction {
            guard let j = Jurisdiction(text) else { throw context.badJurisdiction(text) }
            jurisdiction = j
        }
        var phrases: [[UInt64]] = []
        for (index, cue) in item.cues.enumerated() {
            let words = Tokenizer.phrase(cue)
            guard !words.isEmpty else { throw context.blankCue(index) }
            phrases.append(words)
        }
        let indicator = Indicator(item.name)
        let index: Int
        if let existing = catalogue.entries.firstIndex(where: { $0.indicator == indicator }) {
            let known = catalogue.entries[existing]
            let origin = origins[indicator] ?? Self.builtInOrigin
            if let units, Set(units) != Set(known.units) {
                throw context.conflictingUnits(item.units ?? [], unitNames(of: known, from: origin), definedIn: origin)
            }
            if let v = item.changeIsValue, v != known.changeIsValue { throw context.conflictingOption("change_is_value", definedIn: origin) }
            if let v = item.decreaseIsPositive, v != known.decreaseIsPositive { throw context.conflictingOption("decrease_is_positive", definedIn: origin) }
            if let v = item.rateVariant, Indicator(v) != known.rateVariant { throw context.conflictingOption("rate_variant", definedIn: origin) }
            if let v = item.growthIndicator, Indicator(v) != known.growthIndicator { throw context.conflictingOption("growth_indicator", definedIn: origin) }
            if let jurisdiction, jurisdiction != known.jurisdiction { throw context.conflictingOption("jurisdiction", definedIn: origin) }
            index = existing
        } else {
            guard let units, !units.isEmpty else { throw context.noUnits() }
            catalogue.update { tables in
                tables.entries.append(Catalogue.Entry(
                    indicator: indicator, units: units, changeIsValue: item.changeIsValue ?? false,
                    rateVariant: item.rateVariant.map { Indicator($0) }, growthIndicator: item.growthIndicator.map { Indicator($0) },
                    decreaseIsPositive: item.decreaseIsPositive ?? false, jurisdiction: jurisdiction
                ))
                if jurisdiction?.level == .country { tables.nationalIndicators.insert(indicator) }
            }
            origins[indicator] = context.file
            index = catalogue.entries.count - 1
        }
        catalogue.update { tables in
            for words in phrases { tables.cues.insert(words, index) }
            tables.indexCueOpeners()
        }
    }

    /// `rate_variant` and `growth_indicator` must name indicators the merged catalogue knows.
    func checkReferences() throws(CatalogueError) {
        for item in merged {
            for (key, name) in [("rate_variant", item.rateVariant), ("growth_indicator", item.growthIndicator)] {
                guard let name else { continue }
                if origins[Indicator(name)] == nil { throw item.context.unknownReference(key, name) }
            }
        }
    }

    private func expectedUnits(_ specs: [String], _ context: CatalogueError.EntryContext) throws(CatalogueError) -> [Catalogue.ExpectedUnit] {
        var units: [Catalogue.ExpectedUnit] = []
        for spec in specs {
            let parts = spec.split(separator: ":", maxSplits: 1)
            guard let first = parts.first, let unitClass = UnitClass(catalogueName: String(first)),
                  parts.count == 1 || unitClass == .count else { throw context.unknownUnit(spec) }
            var nouns = Set<UInt64>()
            if parts.count == 2 {
                // words of count nouns, as in indicators.json ("count:đơn vị chủ thể"); a quantity's
                // noun is the first word of the count noun it ends with
                for noun in parts[1].split(separator: " ") {
                    guard let hash = Tokenizer.phrase(String(noun)).first, Self.countNounWords.contains(hash) else {
                        throw context.unknownCountNoun(String(noun), known: Self.builtInList("count_nouns"))
                    }
                    nouns.insert(hash)
                }
            }
            units.append(Catalogue.ExpectedUnit(unitClass: unitClass, nouns: nouns))
        }
        return units
    }

    /// The units of a known indicator as written in its file, for messages.
    private func unitNames(of entry: Catalogue.Entry, from origin: String) -> [String] {
        if origin == Self.builtInOrigin, let specs = Self.builtInUnits[entry.indicator.rawValue] { return specs }
        if let item = merged.last(where: { Indicator($0.name) == entry.indicator && $0.units != nil }), let units = item.units { return units }
        return entry.units.map(\.unitClass.rawValue)
    }

    /// Unit specs of the built-in indicators, read from the embedded JSON (only for messages).
    private static var builtInUnits: [String: [String]] {
        var out: [String: [String]] = [:]
        for case let item as [String: Any] in builtInJSON["indicators"] as? [Any] ?? [] {
            if let name = item["name"] as? String, let units = item["units"] as? [String] { out[name] = units }
        }
        return out
    }

    /// Every word of the built-in count nouns (`doanh`, `nghiệp`, `xã` …).
    private static let countNounWords: Set<UInt64> = Set(builtInList("count_nouns").flatMap { Tokenizer.phrase($0) })

    private static func builtInList(_ key: String) -> [String] { builtInJSON[key] as? [String] ?? [] }

    private static var builtInJSON: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(EmbeddedCatalogue.json.utf8))) as? [String: Any] ?? [:]
    }
}
