import PubstatModel

extension BudgetYear {
    /// The year with its observations in cut-off order, every consistency check's flags on them
    /// (and on the quarter rows and full-year outcome that are the same figures), and the
    /// estimates the stated percentages imply.
    func withChecks() -> BudgetYear {
        var copy = self
        copy.observations.sort(by: BudgetObservation.cutoffOrder(in: year))
        let checks = [
            ImpliedEstimateCheck.flags(copy.observations, year: year),
            CumulativeDecreaseCheck.flags(copy.observations, year: year),
            QuarterAboveYearCheck.flags(copy.observations, year: year, fullYear: fullYear),
        ]
        let unflagged = copy.observations
        for index in copy.observations.indices {
            copy.observations[index].flags = checks.flatMap { $0[index] }
        }
        func flagged(_ observation: BudgetObservation) -> BudgetObservation {
            unflagged.firstIndex(of: observation).map { copy.observations[$0] } ?? observation
        }
        copy.quarters = quarters.map(flagged)
        copy.fullYear = fullYear.map(flagged)
        copy.impliedEstimates = ImpliedEstimate.summaries(of: copy.observations)
        return copy
    }
}
