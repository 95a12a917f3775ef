import PubstatModel

extension SentenceBinder {
    /// "GRDP 9 tháng ước tăng 4,12% (quý I tăng 3,56%, quý II tăng 5,08%, quý III ước tăng 3,71%)": when one quarter
    /// of a list says of itself that it is estimated, the earlier quarters of the same indicator that do not were
    /// measured already; they are actual, not the estimate of the sentence they stand in.
    func settleEarlierParts(_ figures: inout [Figure]) {
        // (both settlements look at every figure's words: a sentence of ordinary length only, so a line of
        // megabytes stays linear)
        guard range.count <= Self.settledSentenceLength else { return }
        let quarters = figures.indices.filter { k in
            guard figures[k].kind == .estimate, let p = figures[k].period, case .quarter = p.span else { return false }
            return true
        }
        guard quarters.count >= 2 else { return }
        let estimated = quarters.filter { statesOwnEstimate(figures[$0]) }
        for k in quarters where !estimated.contains(k) {
            guard let p = figures[k].period, case .quarter(let year, let quarter) = p.span,
                  estimated.contains(where: { e in
                      guard figures[e].indicator == figures[k].indicator, case .quarter(let y, let q)? = figures[e].period?.span else { return false }
                      return y == year && q > quarter
                  }) else { continue }
            figures[k].kind = .actual
            if figures[k].qualifier == .approx { figures[k].qualifier = nil }
        }
    }

    /// The most tokens a sentence may have for its parts to be settled (real ones have far fewer).
    private static let settledSentenceLength = 400

    /// Whether an estimate word stands inside the figure's own words ("quý III ước tăng 3,71%").
    private func statesOwnEstimate(_ figure: Figure) -> Bool {
        guard let source = figure.source, let own = tokens(from: source.start, to: source.end) else { return false }
        return anyPhrase(catalogue.estimateWords, in: own)
    }

    /// The sentence's tokens that lie within the bytes `start..<end` of the text.
    private func tokens(from start: Int, to end: Int) -> Range<Int>? {
        let inside = range.filter { k in
            let bytes = doc.byteSpan(k..<(k + 1))
            return bytes.lowerBound >= start && bytes.upperBound <= end
        }
        guard let first = inside.first, let last = inside.last else { return nil }
        return first..<(last + 1)
    }

    /// "HĐND tỉnh giao 7.600 tỷ đồng, trong đó thu nội địa 6.900 tỷ đồng", "… là 46.100 tỷ đồng (thu nội địa 32.200 tỷ
    /// đồng, …)": the parts of a planned sum, given after it with "trong đó" or in brackets, are planned too.
    func settlePlannedParts(_ figures: inout [Figure]) {
        guard range.count <= Self.settledSentenceLength, figures.contains(where: { $0.kind == .plan }) else { return }
        let sentenceStart = doc.byteSpan(range).lowerBound
        var parts: Set<Int> = []
        for k in figures.indices where figures[k].kind == .actual && figures[k].unit?.isMoney == true {
            guard let start = figures[k].source?.start,
                  let h = figures.indices.filter({ (figures[$0].source?.end ?? .max) <= start && figures[$0].unit?.isMoney == true })
                      .max(by: { (figures[$0].source?.end ?? 0) < (figures[$1].source?.end ?? 0) }) else { continue }
            let head = figures[h]
            guard head.kind == .plan, head.period == figures[k].period, head.indicator != figures[k].indicator,
                  let headEnd = head.source?.end, headEnd >= sentenceStart else { continue }
            // (the next part of a list: "trong đó thu nội địa 6.900 tỷ đồng, thu từ hoạt động xuất nhập khẩu 700 tỷ đồng")
            let opensParts = { (between: Range<Int>) in between.contains { doc.matches(Lex.trongDo, at: $0) || doc.isPunct($0, "(") } }
            guard parts.contains(h) || tokens(from: headEnd, to: start).map(opensParts) == true else { continue }
            figures[k].kind = .plan
            figures[k].qualifier = nil
            parts.insert(k)
        }
    }
}
