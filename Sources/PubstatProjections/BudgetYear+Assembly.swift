import PubstatModel

extension BudgetYear {
    /// Adds an entry: every quarter and full-year figure joins ``observations``; the most recent
    /// observation of each quarter and of the full year is kept as its row.
    mutating func add(_ entry: BudgetEntry) {
        let amount = BudgetAmount(
            amountBillionVND: entry.observation.revenueBillionVND, kind: entry.observation.kind,
            period: entry.observation.period, source: entry.observation.source
        )
        switch entry.slot {
        case .plan:
            if !plans.contains(amount) { plans.append(amount) }
        case .target:
            if !targets.contains(amount) { targets.append(amount) }
        case .fullYear:
            observations.append(entry.observation)
            if fullYear.map({ BudgetYear.isNewer(entry, than: $0) }) ?? true { fullYear = entry.observation }
        case .quarter(let q):
            observations.append(entry.observation)
            if let index = quarters.firstIndex(where: { $0.quarter == q }) {
                if BudgetYear.isNewer(entry, than: quarters[index]) { quarters[index] = entry.observation }
            } else {
                quarters.append(entry.observation)
                quarters.sort { ($0.quarter ?? 0) < ($1.quarter ?? 0) }
            }
        }
        plans.sort { $0.source.sequence < $1.source.sequence }
        targets.sort { $0.source.sequence < $1.source.sequence }
    }

    private static func isNewer(_ entry: BudgetEntry, than current: BudgetObservation) -> Bool {
        let currentRecency = BudgetEntry.Recency(date: current.asOf, sequence: current.source.sequence)
        let candidate = BudgetEntry.Recency(date: entry.observation.asOf, sequence: entry.recency.sequence)
        // one bulletin's two figures for the same row: the one that reaches later (a cut-off date, else the end
        // of its period), then a fixed order, so the row never depends on the order the entries arrive in
        if currentRecency.sequence == candidate.sequence {
            let reach = { (o: BudgetObservation) in o.asOf ?? o.period.flatMap(BudgetEntry.cutoff(of:)) }
            switch (reach(current), reach(entry.observation)) {
            case let (a?, b?) where a != b: return a < b
            case (nil, .some): return true
            case (.some, nil): return false
            default:
                return (entry.observation.source.figureID?.rawValue ?? entry.observation.source.quote)
                    >= (current.source.figureID?.rawValue ?? current.source.quote)
            }
        }
        return currentRecency < candidate || currentRecency == candidate
    }

    /// When the year's outcome states no percentage of the plan but a plan amount is known,
    /// adds the percentage computed from the amounts (1,862 against 1,500 → 124.13%).
    func withComputedPlanShares() -> BudgetYear {
        guard var outcome = fullYear, let plan = plans.last, plan.amountBillionVND > 0,
              !outcome.estimates.contains(where: { $0.authority == .plan }) else { return self }
        let pct = (outcome.revenueBillionVND / plan.amountBillionVND * 100 * 100).rounded() / 100
        outcome.estimates.append(EstimateProgress(
            authority: .plan, pct: pct, impliedEstimateBillionVND: plan.amountBillionVND,
            pace: EstimateProgress.pace(pct: pct, elapsed: 100),
            paceGapPct: EstimateProgress.gap(pct: pct, elapsed: 100), computed: true
        ))
        var copy = self
        copy.fullYear = outcome
        return copy
    }
}
