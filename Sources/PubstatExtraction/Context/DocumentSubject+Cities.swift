import PubstatModel

/// The province of the cities and districts a text names.
extension DocumentSubject {
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
}
