import PubstatModel

extension SentenceBinder {
    /// "… tăng 4,36% (số ước 4,12%)", "đạt 98.650 tỷ đồng (số ước trước đó là 97.120 tỷ đồng)", "đạt 4,05%, điều
    /// chỉnh tăng so với số ước tính 3,32%": an official figure given with the estimate it replaces. The estimate
    /// is the same figure's earlier vintage: its indicator, period, place and sector, kind estimate.
    mutating func bindEarlierEstimates(after figures: [Figure]) -> [Figure] {
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) && (quantities[i].unitClass == .percent || quantities[i].unitClass == .money) {
            let q = quantities[i]
            guard let lead = estimateLead(before: q.tokens.lowerBound) else { continue }
            let start = doc.byteSpan(q.tokens).lowerBound
            guard let template = figures.last(where: { f in
                guard let end = f.source?.end, end <= start, f.value != nil, f.kind != .plan, f.kind != .target else { return false }
                return q.unitClass == .percent ? f.unit == .percent : f.unit == q.unit
            }) else { continue }
            var f = template
            f.value = q.value
            f.valueHigh = nil
            f.kind = .estimate
            f.qualifier = .approx
            f.pctOfPlan = []
            f.yoyPct = nil
            f.yoyRatio = nil
            f.momPct = nil
            f.asOf = nil
            var end = q.tokens.upperBound
            // "(số ước trước đây: 63.115 tỷ đồng, giảm 3,9%)": the estimate's own change
            if i + 1 < quantities.count, !isBound(i + 1), case .change(let sign, let comparison) = role[i + 1], comparison == .previousYear,
               quantities[i + 1].unitClass == .percent, quantities[i + 1].tokens.lowerBound <= end + 3 {
                f.yoyPct = sign * quantities[i + 1].value
                end = quantities[i + 1].tokens.upperBound
                markBound(i + 1)
            }
            let quoted = lead..<end
            f.quote = doc.original(quoted)
            let span = doc.byteSpan(quoted)
            f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
            markBound(i)
            out.append(f)
        }
        return out
    }

    /// Where "số ước" ("số ước tính", "mức ước tính") opens, within the few words before token `p` ("số ước trước
    /// đó là", "số ước trước đây:").
    private func estimateLead(before p: Int) -> Int? {
        var k = p - 1
        while k > range.lowerBound, p - k <= 6, !doc.isNumber(k), !doc.isPunct(k, "("), !doc.isPunct(k, ",") {
            if doc.isWord(k, Self.uocWord), doc.isWord(k - 1, Self.soWord) || doc.isWord(k - 1, Self.mucWord) { return k - 1 }
            k -= 1
        }
        return nil
    }

    private static let uocWord = Lex.w("ước"), soWord = Lex.w("số"), mucWord = Lex.w("mức")
}
