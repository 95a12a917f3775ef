import PubstatModel

/// "Đến ngày 18/9, thu ngân sách đạt 37.413 tỉ đồng. ⏎ Thu tiền sử dụng đất hơn 10.171 tỉ đồng, đạt 173,6% dự toán":
/// a line of the budget told in the next sentence, with no period of its own, runs over the part of the year the line
/// before ran over, also across a paragraph break (news pages give each line of the accounts a paragraph).
extension SentenceBinder {
    /// The part of a year `figure` (a whole year's, as the running period gave it) takes from the budget line before.
    func budgetRunPeriod(of figure: Figure, quantity: Quantity?, state: BinderState) -> Period? {
        guard Self.isBudgetLine(figure.indicator), figure.kind == .actual || figure.kind == .estimate,
              let own = figure.period, case .year(let year) = own.span, !own.isTarget,
              let before = state.lastFigure, state.lastFigureSentence == state.sentence - 1, Self.isBudgetLine(before.indicator),
              before.jurisdiction == figure.jurisdiction, let run = before.period, !run.isTarget, run.endYear == year,
              Self.isPartOfYear(run), let q = quantity,
              timeline.lastStatement(before: q.tokens.upperBound, from: range.lowerBound) == nil,
              timeline.cutOff(in: range, year: year) == nil else { return nil }
        return run
    }

    private static func isBudgetLine(_ indicator: Indicator) -> Bool {
        indicator.rawValue.hasPrefix("budget_")
    }
}
