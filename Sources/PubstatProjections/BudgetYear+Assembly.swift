import PubstatModel

extension BudgetYear {
    /// The year of `jurisdiction` assembled from its `entries`: every quarter and full-year figure
    /// joins ``observations``; the first of each quarter and of the full year by
    /// ``BudgetRowPrecedence`` is its row, so the rows do not depend on the order the bulletins
    /// were ingested in (nor on the order of `entries`).
    init(jurisdiction: Jurisdiction, year: Int, assembling entries: [BudgetEntry]) {
        self.init(jurisdiction: jurisdiction, year: year)
        var rows: [BudgetEntry.Slot: BudgetEntry] = [:]
        for entry in entries {
            let amount = BudgetAmount(
                amountBillionVND: entry.observation.revenueBillionVND, kind: entry.observation.kind,
                period: entry.observation.period, source: entry.observation.source
            )
            switch entry.slot {
            case .plan:
                if !plans.contains(amount) { plans.append(amount) }
            case .target:
                if !targets.contains(amount) { targets.append(amount) }
            case .fullYear, .quarter:
                observations.append(entry.observation)
                if rows[entry.slot].map({ BudgetRowPrecedence.isBefore(entry, $0) }) ?? true { rows[entry.slot] = entry }
            }
        }
        fullYear = rows[.fullYear]?.observation
        quarters = rows.values.compactMap { $0.observation.quarter == nil ? nil : $0.observation }
            .sorted { ($0.quarter ?? 0) < ($1.quarter ?? 0) }
        plans.sort { $0.source.sequence < $1.source.sequence }
        targets.sort { $0.source.sequence < $1.source.sequence }
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
