import PubstatModel

extension SentenceBinder {
    /// "GRDP 9 tháng ước tăng 4,12% (quý I tăng 3,56%, quý II tăng 5,08%, quý III ước tăng 3,71%)": when one quarter
    /// of a list says of itself that it is estimated, the earlier quarters of the same indicator that do not were
    /// measured already; they are actual, not the estimate of the sentence they stand in.
    func settleEarlierParts(_ figures: inout [Figure]) {
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

    /// Whether an estimate word stands inside the figure's own words ("quý III ước tăng 3,71%").
    private func statesOwnEstimate(_ figure: Figure) -> Bool {
        guard let source = figure.source else { return false }
        let own = range.filter { k in
            let bytes = doc.byteSpan(k..<(k + 1))
            return bytes.lowerBound >= source.start && bytes.upperBound <= source.end
        }
        guard let first = own.first, let last = own.last else { return false }
        return anyPhrase(catalogue.estimateWords, in: first..<(last + 1))
    }
}
