import PubstatModel

/// "Tính riêng khách quốc tế, trong tháng 11, Phú Quốc đón hơn 242.000 lượt": a sentence that opens by singling out a
/// part of a whole ("riêng" or "tính riêng", the part's cue, a comma) states that part where its figures name only the
/// whole (the catalogue's `part_of`).
enum PartSingledOut {
    /// Gives the figures of `sentence` (`bound`) that name the whole the part the sentence opens with.
    static func apply(to bound: inout [Figure], sentence: Range<Int>, doc: Document, catalogue: Catalogue) {
        guard !bound.isEmpty, let part = singledOut(sentence, doc: doc, catalogue: catalogue) else { return }
        for k in bound.indices where bound[k].indicator == part.whole { bound[k].indicator = part.indicator }
    }

    private static func singledOut(_ sentence: Range<Int>, doc: Document, catalogue: Catalogue) -> (indicator: Indicator, whole: Indicator)? {
        var k = sentence.lowerBound
        while k < sentence.upperBound, doc.tokens[k].kind == .punct { k += 1 }
        if doc.isWord(k, Lex.tinh) { k += 1 }
        guard doc.isWord(k, Lex.rieng),
              let m = catalogue.cues.longestMatch(in: doc.tokens, at: k + 1, limit: min(sentence.upperBound, k + 9)),
              doc.isPunct(m.end, ","), let entry = m.payload.first(where: { catalogue.entry($0).partOf != nil }),
              let whole = catalogue.entry(entry).partOf else { return nil }
        return (catalogue.entry(entry).indicator, whole)
    }
}
