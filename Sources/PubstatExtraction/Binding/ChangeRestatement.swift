import PubstatModel

/// "Tổng mức bán lẻ hàng hóa 8 tháng ước đạt 15.373 tỷ đồng. So với cùng kỳ năm trước, tổng mức bán lẻ hàng hóa tăng
/// 10,6%": a sentence that names the figure of the sentence before again, for the same place and period, and gives only
/// its change (or, "Kết quả này bằng 100% dự toán …", its shares of plan) states that figure's, not a figure of its own.
enum ChangeRestatement {
    /// Moves the year-on-year change and the shares of plan of each value-less figure of `bound` onto the figure of
    /// `previous` (indices of `figures`, the sentence before's) it restates, and removes it from `bound`.
    /// A value-less figure left with shares of plan alone restates nothing and is dropped.
    static func fold(_ bound: inout [Figure], into figures: inout [Figure], previous: Range<Int>) {
        defer { bound.removeAll(where: sharesAlone) }
        guard !previous.isEmpty else { return }
        bound.removeAll { change in
            guard change.value == nil, change.yoyPct != nil || !change.pctOfPlan.isEmpty, change.momPct == nil,
                  let at = previous.first(where: { restates(change, figures[$0]) }) else { return false }
            if let yoy = change.yoyPct { figures[at].yoyPct = yoy }
            figures[at].pctOfPlan += change.pctOfPlan
            return true
        }
    }

    /// The same indicator, place, period, sector and scope, with a value and, for what the restatement gives, no change
    /// or no shares of plan of its own.
    private static func restates(_ change: Figure, _ figure: Figure) -> Bool {
        figure.value != nil && (change.yoyPct == nil || figure.yoyPct == nil && figure.yoyRatio == nil)
            && figure.indicator == change.indicator
            && (change.pctOfPlan.isEmpty || figure.pctOfPlan.isEmpty)
            && figure.jurisdiction == change.jurisdiction && figure.period == change.period
            && figure.sector == change.sector && figure.scope == change.scope
    }

    /// No value and no change of any kind: only shares of plan.
    private static func sharesAlone(_ figure: Figure) -> Bool {
        figure.value == nil && figure.yoyPct == nil && figure.yoyRatio == nil && figure.momPct == nil && !figure.pctOfPlan.isEmpty
    }
}
