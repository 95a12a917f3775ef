import PubstatModel

/// "Ghi chú: Số liệu tháng 10 là số ước tính", "* Số liệu GRDP năm 2020 là số ước tính": a note that declares the
/// figures of a period (of the indicators it names, else all) estimates. Figures of that period told without a
/// status of their own are estimates, without a qualifier; so are running totals through the month it names.
struct EstimateNote {
    let periods: [Period]
    /// The indicators the note names (with the rest of their output family); empty: every indicator.
    let indicators: Set<Indicator>

    private static let markers = [Lex.p("là số ước tính"), Lex.p("là số liệu ước tính"), Lex.p("là số ước")]

    /// The notes of a bulletin.
    static func read(doc: Document, timeline: Timeline, catalogue: Catalogue) -> [EstimateNote] {
        var notes: [EstimateNote] = []
        // (every marker opens with "là": the bulletin's tokens are searched for it in one plain loop, and a sentence
        // is looked at from its first marker on)
        var k = 0
        var s = 0
        while let at = doc.nextWord(Lex.la, from: k) {
            guard markers.contains(where: { doc.matches($0, at: at) }) else { k = at + 1; continue }
            while doc.sentences[s].upperBound <= at { s += 1 }
            let sentence = doc.sentences[s], marker = at
            k = sentence.upperBound
            // the periods of the marker's own clause ("…; riêng quý III là số ước tính": the third quarter only)
            let clause = ((sentence.lowerBound..<marker).last { doc.isPunct($0, ";") }.map { $0 + 1 }
                ?? sentence.lowerBound)..<marker
            let periods = timeline.mentions.indices.compactMap { m -> Period? in
                clause.contains(timeline.mentions[m].tokens.lowerBound) ? timeline.resolved[m] : nil
            }.filter { !$0.isTarget }
            guard !periods.isEmpty else { continue }
            notes.append(EstimateNote(periods: periods, indicators: named(in: clause, doc: doc, catalogue: catalogue)))
        }
        return notes
    }

    private static func named(in sentence: Range<Int>, doc: Document, catalogue: Catalogue) -> Set<Indicator> {
        var named: Set<Indicator> = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: sentence.upperBound) else { k += 1; continue }
            for e in m.payload {
                let indicator = catalogue.entry(e).indicator
                named.insert(indicator)
                if let family = catalogue.family(of: indicator) {
                    named.formUnion(catalogue.entries.map(\.indicator).filter { catalogue.family(of: $0) == family })
                }
            }
            k = m.end
        }
        return named
    }

    /// Whether the note covers a figure of `indicator` over `period`.
    func covers(_ indicator: Indicator, _ period: Period) -> Bool {
        guard indicators.isEmpty || indicators.contains(indicator) else { return false }
        return periods.contains { note in
            if note == period { return true }
            // "số ước tính tháng 10": the first ten months include it
            guard case .month(let month) = note.span, case .firstMonths(let year, let n) = period.span else { return false }
            return year == month.year && n == month.month
        }
    }

    /// Marks the figures the notes cover as estimates.
    static func apply(_ notes: [EstimateNote], to figures: inout [Figure]) {
        guard !notes.isEmpty else { return }
        for k in figures.indices where figures[k].kind == .actual {
            guard let period = figures[k].period, notes.contains(where: { $0.covers(figures[k].indicator, period) }) else { continue }
            figures[k].kind = .estimate
        }
    }
}
