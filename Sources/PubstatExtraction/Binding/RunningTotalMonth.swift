import PubstatModel

/// "Kim ngạch xuất khẩu ước đạt gần 3,4 tỷ USD, tăng 23,3%; lũy kế 5 tháng đạt 14,8 tỷ USD": a sentence that states a
/// month's figure and then the running total to that month.
extension SentenceBinder {
    /// A figure's part in a sentence that states a month and then the running total to it.
    enum RunningTotalRole { case none, undated, runningTotal }

    /// "Kim ngạch xuất khẩu ước đạt gần 3,4 tỷ USD, tăng 23,3%; lũy kế 5 tháng đạt 14,8 tỷ USD": a figure with no period
    /// of its own that a larger running total of the same indicator follows in its sentence is that total's last month.
    func datesLastMonth(_ figures: inout [Figure], roles: [RunningTotalRole]) {
        guard roles.contains(.runningTotal) else { return }
        for k in figures.indices where roles[k] == .undated {
            guard let value = figures[k].value,
                  let t = figures.indices.first(where: { $0 > k && roles[$0] == .runningTotal && figures[$0].indicator == figures[k].indicator }),
                  figures[t].jurisdiction == figures[k].jurisdiction, figures[t].period == figures[k].period,
                  figures[t].unit == figures[k].unit, let total = figures[t].value, total > value,
                  let period = figures[t].period, let months = Self.runningMonths(period), months > 1,
                  let last = YearMonth(year: period.endYear, month: months) else { continue }
            figures[k].period = Period(.month(last))
        }
    }

    /// How many months a running total from January covers: "5 tháng", "6 tháng đầu năm", "quý I".
    private static func runningMonths(_ p: Period) -> Int? {
        switch p.span {
        case .firstMonths(_, let n): n
        case .half(_, 1): 6
        case .quarter(_, 1): 3
        default: nil
        }
    }

    /// A running total: its number follows "lũy kế", "cộng dồn" (or a verb of one) and a period after it ("lũy kế 5
    /// tháng đạt 14,8 tỷ USD"); undated: its sentence states no period before its number, nor is it a running total.
    func runningTotalRole(of draft: Draft) -> RunningTotalRole {
        guard let q = draft.quantity else { return .none }
        let t = q.tokens.lowerBound
        if let opening = runningTotal(before: t) {
            return timeline.lastStatement(before: t, from: opening) != nil ? .runningTotal : .none
        }
        return draft.period == nil && timeline.lastStatement(before: t, from: range.lowerBound) == nil ? .undated : .none
    }
}
