import PubstatModel

/// Cumulative revenue within a year cannot fall: a figure below one stated for an earlier
/// cut-off of the same year is flagged (a misread figure, a narrower scope, or a revision).
///
/// Only figures within the year (quarters) are compared here; a quarter above the full-year
/// outcome is ``QuarterAboveYearCheck``'s.
enum CumulativeDecreaseCheck {
    /// One list of flags per observation, in the order given.
    static func flags(_ observations: [BudgetObservation], year: Int) -> [[BudgetFlag]] {
        let quarters = observations.filter { $0.quarter != nil }
        return observations.map { observation in
            guard observation.quarter != nil, let cutoff = observation.cutoff(in: year) else { return [] }
            let earlier = quarters.filter { other in other.cutoff(in: year).map { $0 < cutoff } ?? false }
            guard let highest = earlier.max(by: { $0.revenueBillionVND < $1.revenueBillionVND }),
                  observation.revenueBillionVND < highest.revenueBillionVND else { return [] }
            return [BudgetFlag(.cumulativeDecrease, """
                cumulative revenue \(FlagNumber.text(observation.revenueBillionVND)) billion VND to \(cutoff) is below \
                \(FlagNumber.text(highest.revenueBillionVND)) stated to \(highest.cutoff(in: year).map(\.description) ?? "?") \
                (bulletin \(FlagNumber.bulletin(highest.source)))
                """)]
        }
    }
}
