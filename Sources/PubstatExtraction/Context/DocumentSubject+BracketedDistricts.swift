import PubstatModel

/// "8 xã gồm: Hát Lót (Mai Sơn), Viêng Lán (Yên Châu), Đông Sang (Mộc Châu)": communes listed with their district in
/// brackets, the level word left out, as a province's own paper writes them.
extension DocumentSubject {
    /// The one province of the districts (or towns) written bare in brackets right after a capitalised name, when the
    /// text names at least two of them and no province, and speaks of a "tỉnh" outside brackets; nil otherwise.
    static func provinceOfBracketedDistricts(doc: Document, mentions: [PlaceMention], in gazetteer: Gazetteer) -> Jurisdiction? {
        guard !mentions.contains(where: { ($0.level == .province || $0.level == .city) && $0.name != nil }),
              mentions.contains(where: { $0.level == .province && $0.name == nil && !$0.inParentheses }) else { return nil }
        var names: Set<String> = []
        var parents: Set<Jurisdiction>?
        for open in 1..<max(1, doc.count - 2) where doc.isPunct(open, "(") && doc.isCapitalised(open - 1) && doc.isCapitalised(open + 1) {
            let limit = min(doc.count, open + 6)
            guard let m = gazetteer.districtNames.longestMatch(in: doc.tokens, at: open + 1, limit: limit)
                    ?? gazetteer.townNames.longestMatch(in: doc.tokens, at: open + 1, limit: limit),
                  doc.isPunct(m.end, ")") else { continue }
            let these = Set(m.payload.flatMap { gazetteer.parentProvinces(of: $0) })
            guard !these.isEmpty else { continue }
            names.insert(m.payload[0].name)
            parents = parents.map { $0.intersection(these) } ?? these
        }
        guard names.count >= 2, let parents, parents.count == 1 else { return nil }
        return parents.first
    }
}
