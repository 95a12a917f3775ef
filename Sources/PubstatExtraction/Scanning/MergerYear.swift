import PubstatModel

/// The year of an undated text that reports a former province's own figures: "GRDP của tỉnh Phú
/// Thọ (cũ) tăng 10,33%; tỉnh Vĩnh Phúc tăng 10,07%" — units are set side by side as former ones
/// in the year of the reorganisation, whose first months they still reported apart. The year is the
/// gazetteer's (`reorganised`), never a constant of the code.
struct MergerYear {
    let doc: Document
    let catalogue: Catalogue
    let places: [PlaceMention]

    /// The reorganisation's year when a province or city of before it is followed by "cũ" or
    /// "(cũ)"; nil otherwise.
    func find() -> Int? {
        guard let year = catalogue.gazetteer.reorganisationYear else { return nil }
        for m in places where m.level == .province || m.level == .city {
            guard let name = m.name else { continue }
            let former = catalogue.gazetteer.places(Jurisdiction(m.level, name)).contains { $0.era != .post2025 }
            var k = m.tokens.upperBound
            if doc.isPunct(k, "(") { k += 1 }
            if former, doc.isWord(k, Lex.cu) { return year }
        }
        return nil
    }
}
