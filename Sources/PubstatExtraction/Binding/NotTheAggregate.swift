import PubstatModel

/// Sentences whose figures look like a province's aggregates but count something narrower: the head count of one
/// group of visitors (dropped after binding), and the branches of the industrial production index (the binder gives
/// them no output family, so they are never bound as sectors).
enum NotTheAggregate {
    /// Removes from `bound` (the figures of `sentence`) those the sentence shows to be narrower than their indicator.
    static func drop(from bound: inout [Figure], sentence: Range<Int>, doc: Document) {
        guard !bound.isEmpty, countsOneGroup(sentence, doc: doc) else { return }
        bound.removeAll { visitorIndicators.contains($0.indicator) }
    }

    /// "Có 12 tỉnh, thành có 100% số xã đạt chuẩn", "5 huyện có tỷ lệ hộ nghèo trên 30%": a percent that a counted
    /// number of units has is theirs, not the jurisdiction's; its figures are removed from `bound`.
    static func dropSharesOfCountedUnits(from bound: inout [Figure], quantities: ArraySlice<Quantity>, doc: Document) {
        guard !bound.isEmpty else { return }
        for q in quantities where q.unitClass == .percent && heldByCountedUnits(q, doc: doc) {
            bound.removeAll { $0.unit == .percent && $0.value == q.value }
        }
    }

    /// Whether "có" opens `q` (a qualifier between them allowed) and a count of units stands before it: "12 tỉnh, thành có".
    private static func heldByCountedUnits(_ q: Quantity, doc: Document) -> Bool {
        var verb = q.tokens.lowerBound - 1
        if Lex.numberQualifiers.contains(doc.hash(verb)) { verb -= 1 }
        guard doc.isWord(verb, Lex.co) else { return false }
        return (max(0, verb - 5)..<verb).contains { k in unitWords.contains(doc.hash(k)) && doc.isNumber(k - 1) }
    }

    /// Words that count units: "tỉnh", "huyện", "xã", "địa (phương)", "đơn (vị)".
    private static let unitWords = WordSet(["tỉnh", "huyện", "xã", "địa", "đơn"].map(Lex.w))

    /// "Đoàn du khách đầu tiên … có 40 du khách": a sentence that opens with a group ("đoàn") counts that group.
    static func countsOneGroup(_ sentence: Range<Int>, doc: Document) -> Bool {
        var first = sentence.lowerBound
        while first < sentence.upperBound, doc.tokens[first].kind == .punct { first += 1 }
        return doc.isWord(first, doan)
    }

    /// "Chỉ số sản xuất công nghiệp quý I ước tăng 23,25%. Trong đó, ngành chế biến, chế tạo tăng 23,50%": the
    /// branches of the index, in its own sentence or in the "Trong đó" sentence after it, are not the growth of
    /// the economy's sectors (unless the index's sentence also speaks of the economy's output).
    static func breaksDownTheIndex(_ sentence: Range<Int>, previous: Range<Int>?, doc: Document) -> Bool {
        if namesTheIndex(sentence, doc: doc) { return true }
        guard let previous, doc.matches(Lex.trongDo, at: sentence.lowerBound) else { return false }
        return namesTheIndex(previous, doc: doc)
    }

    private static func namesTheIndex(_ range: Range<Int>, doc: Document) -> Bool {
        range.contains { doc.matches(productionIndex, at: $0) || doc.isWord($0, iip) }
            && !range.contains { k in outputWords.contains { doc.matches($0, at: k) } }
    }

    private static let doan = Lex.w("đoàn"), iip = Lex.w("iip")
    private static let productionIndex = Lex.p("chỉ số sản xuất")
    private static let outputWords = ["grdp", "gdp", "tổng sản phẩm", "giá trị tăng thêm", "tăng trưởng kinh tế", "kinh tế tăng trưởng"]
        .map(Lex.p)
    private static let visitorIndicators: Set<Indicator> = [Indicator("tourist_arrivals"), Indicator("tourist_arrivals_domestic"),
                                                             Indicator("tourist_arrivals_international")]
}
