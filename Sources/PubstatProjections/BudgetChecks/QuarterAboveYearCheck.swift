import PubstatModel

/// A quarter's cumulative revenue above the year's full-year outcome is flagged: the year
/// includes the quarter, so one of the two is wrong (or the outcome is an early estimate).
enum QuarterAboveYearCheck {
    /// One list of flags per observation, in the order given; none without a full-year outcome.
    static func flags(_ observations: [BudgetObservation], year: Int, fullYear: BudgetObservation?) -> [[BudgetFlag]] {
        observations.map { observation in
            guard let fullYear, observation.quarter != nil, observation.revenueBillionVND > fullYear.revenueBillionVND else { return [] }
            return [BudgetFlag(.quarterAboveYear, """
                \(observation.label(in: year)) states \(FlagNumber.text(observation.revenueBillionVND)) billion VND, above \
                the full-year \(fullYear.kind.rawValue) of \(FlagNumber.text(fullYear.revenueBillionVND)) \
                (bulletin \(FlagNumber.bulletin(fullYear.source)))
                """)]
        }
    }
}
