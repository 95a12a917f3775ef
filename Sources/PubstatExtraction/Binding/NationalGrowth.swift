import PubstatModel

/// "GRDP của tỉnh tăng 7,4%, cao hơn bình quân chung cả nước (cả nước tăng 5,2%)", "…, trong khi cả nước tăng 5,2%",
/// "cao hơn mức tăng của cả nước (5,2%)": the country's growth a place's own is set against in the same sentence is
/// the national GDP growth of the same period.
extension SentenceBinder {
    mutating func bindNationalGrowth(after figures: [Figure]) -> [Figure] {
        let templates = figures.filter { f in
            Self.outputGrowths.contains(f.indicator) && f.value != nil && f.sector == nil
                && f.kind != .plan && f.kind != .target && f.jurisdiction != FigureCompleteness.country && f.period != nil && f.source != nil
        }
        guard !templates.isEmpty else { return [] }
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) && quantities[i].unitClass == .percent && !quantities[i].points {
            let q = quantities[i]
            // ("quý 3/2023 … tăng 7,21%; bình quân trong 9 tháng năm 2023 tăng 5,35%, cao hơn … cả nước (4,24%)": the growth
            // it is set against is the last one told before it)
            let start = doc.byteSpan(q.tokens).lowerBound
            guard let template = templates.last(where: { ($0.source?.end ?? .max) <= start }), let period = template.period,
                  let lead = countryLead(before: q.tokens.lowerBound),
                  // ("3,66% của quý I/2020": a rate of another period is not this one's)
                  !doc.isWord(q.tokens.upperBound, Lex.cua), !q.perYear else { continue }
            let sign: Double = doc.isWord(q.tokens.lowerBound - 1, Lex.giam) ? -1 : 1
            markBound(i)
            // ("cả nước (ước tăng gần 7,0%)": an estimate, and an approximate one, as its words say)
            let words = lead..<q.tokens.lowerBound
            let estimated = words.contains { doc.isWord($0, Self.uoc) }
            var f = Figure(indicator: Self.gdpGrowth, value: sign * q.value, unit: .percent, kind: estimated ? .estimate : .actual, period: period,
                           jurisdiction: FigureCompleteness.country, quote: doc.original(lead..<q.tokens.upperBound))
            if words.contains(where: { doc.tokens[$0].kind == .word && RoleReader.qualifierWords.contains(doc.tokens[$0].hash) }) { f.qualifier = .approx }
            f.valueHigh = q.valueHigh.map { sign * $0 }
            let span = doc.byteSpan(lead..<q.tokens.upperBound)
            f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
            out.append(f)
        }
        return out
    }

    /// Where "cả nước" starts when only a few linking words ("tăng", "là", "với", "(") stand between it and token `t`.
    private func countryLead(before t: Int) -> Int? {
        var k = t - 1
        while k > range.lowerBound, t - k <= 5,
              doc.isPunct(k, "(") || doc.tokens[k].kind == .word && Self.countryLinks.contains(doc.tokens[k].hash) { k -= 1 }
        let start = k + 1 - Lex.caNuoc.count
        guard start >= range.lowerBound, doc.matches(Lex.caNuoc, at: start) else { return nil }
        return start
    }

    private static let outputGrowths: Set<Indicator> = [Indicator("grdp_growth"), Indicator("gdp_growth")]
    private static let gdpGrowth = Indicator("gdp_growth")
    private static let uoc = Lex.w("ước")
    /// Words between "cả nước" and its rate: verbs, "là", "với", and words of approximation.
    private static let countryLinks = WordSet([Lex.tang, Lex.giam, Lex.w("là"), Lex.w("với"), Lex.dat, Lex.w("ước"), Lex.w("chỉ"),
                                               Lex.w("gần"), Lex.w("khoảng"), Lex.hon, Lex.w("trên")])
}
