import PubstatModel

/// Texts about the country: a national body's ranking of provinces.
extension DocumentSubject {
    /// Three or more province-level units, each named once, and no other place named more often.
    /// (The cheap tests first; the places are counted by level and name, not by a description of both.)
    static func namesProvincesOnceEach(_ places: PlaceIndex, _ mentions: [PlaceMention]) -> Bool {
        guard places.subject?.level != .country, provinceLevelNames(mentions) >= 3 else { return false }
        struct Place: Hashable { var level: Jurisdiction.Level; var name: String }
        var seen = Set<Place>()
        for m in mentions { if let name = m.name, !seen.insert(Place(level: m.level, name: name)).inserted { return false } }
        return true
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
}
