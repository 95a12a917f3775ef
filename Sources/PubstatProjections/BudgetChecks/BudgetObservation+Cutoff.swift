import PubstatModel

extension BudgetObservation {
    /// The last day this cumulative figure covers: its as-of date, else the end of its period
    /// (`2021-9M` → 2021-09-30), else, for a full-year outcome, 31 December of `year`.
    func cutoff(in year: Int) -> CalendarDate? {
        if let asOf { return asOf }
        if let period, let end = BudgetEntry.cutoff(of: period) { return end }
        return quarter == nil ? CalendarDate(year: year, month: 12, day: 31) : nil
    }

    /// Orders a year's observations: the earlier cut-off first (unknown ones last), then the earlier event.
    static func cutoffOrder(in year: Int) -> (BudgetObservation, BudgetObservation) -> Bool {
        { a, b in
            switch (a.cutoff(in: year), b.cutoff(in: year)) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.source.sequence < b.source.sequence
            }
        }
    }

    /// `Q3 to 2021-09-10` or `the full year`, for messages.
    func label(in year: Int) -> String {
        guard let quarter else { return "the full-year outcome" }
        return "Q\(quarter)" + (cutoff(in: year).map { " (to \($0))" } ?? "")
    }
}
