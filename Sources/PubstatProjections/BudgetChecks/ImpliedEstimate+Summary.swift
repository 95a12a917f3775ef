import PubstatModel

extension ImpliedEstimate {
    /// Per authority (in the catalogue's order), the estimates the observations' stated
    /// percentages imply: median, range and how many figures and bulletins stated one.
    /// Percentages pubstat computed from a plan amount imply nothing new and are left out.
    static func summaries(of observations: [BudgetObservation]) -> [ImpliedEstimate] {
        Authority.allCases.compactMap { authority in
            let stated = observations.flatMap { observation in
                observation.estimates.filter { $0.authority == authority && !$0.computed && $0.impliedEstimateBillionVND > 0 }
                    .map { (observation.source.bulletin, $0.impliedEstimateBillionVND) }
            }
            let values = stated.map(\.1)
            guard let median = values.median, let low = values.min(), let high = values.max() else { return nil }
            return ImpliedEstimate(
                authority: authority, billionVND: median, lowBillionVND: low, highBillionVND: high,
                figures: stated.count, bulletins: Set(stated.map(\.0)).count
            )
        }
    }
}
