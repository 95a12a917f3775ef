import PubstatModel

/// "Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng, …; trong đó, thu trên địa bàn huyện được 24,023 tỷ
/// đồng": a district's (or province's) budget revenue whose part raised on its territory follows is the local budget's
/// total, transfers from above included, not revenue raised on the territory.
extension SentenceBinder {
    /// Renames a revenue total to the local budget's total when a smaller part "trên địa bàn" follows it in the
    /// sentence after "trong đó"; `cues` holds each figure's cue tokens (empty for derived figures).
    func namesLocalBudgetTotal(_ figures: inout [Figure], cues: [Range<Int>]) {
        guard figures.count >= 2, figures.count == cues.count else { return }
        for part in figures.indices.dropFirst() where figures[part].indicator == Self.onTerritory && saysOnTerritory(cues[part])
            && doc.matchesBefore(Lex.trongDo, cues[part].lowerBound - (doc.isPunct(cues[part].lowerBound - 1, ",") ? 1 : 0)) {
            guard let total = figures[..<part].lastIndex(where: { $0.indicator == Self.onTerritory }),
                  !cues[total].isEmpty, !saysOnTerritory(cues[total]),
                  figures[total].jurisdiction == figures[part].jurisdiction, figures[total].period == figures[part].period,
                  let whole = figures[total].value, let share = figures[part].value, share < whole else { continue }
            figures[total].indicator = Self.localTotal
        }
    }

    private func saysOnTerritory(_ cue: Range<Int>) -> Bool {
        cue.contains { doc.matches(Self.diaBan, at: $0) }
    }

    private static let onTerritory = Indicator("budget_revenue_on_territory"), localTotal = Indicator("budget_revenue_local_total")
    private static let diaBan = Lex.p("địa bàn")
}
