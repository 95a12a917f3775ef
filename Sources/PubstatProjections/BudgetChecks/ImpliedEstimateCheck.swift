import PubstatModel

/// A stated percentage of an estimate against the estimate other bulletins of the same year imply.
///
/// Each figure that states "82% of the central estimate" implies that estimate (revenue ÷ 82 × 100).
/// Bulletins of one year should imply about the same one; a figure whose implied estimate is more
/// than `tolerance` (relative) away from the median of those implied by *other* bulletins for the
/// same authority is flagged (a misread percentage, a revised estimate, or a wrong jurisdiction).
/// 5% is above what rounding a stated percentage to a whole number explains for shares above 10%.
enum ImpliedEstimateCheck {
    static let tolerance = 0.05

    /// One list of flags per observation, in the order given.
    static func flags(_ observations: [BudgetObservation], year: Int, tolerance: Double = tolerance) -> [[BudgetFlag]] {
        observations.map { observation in
            observation.estimates.filter { !$0.computed }.compactMap { estimate in
                let others = observations.filter { $0.source.bulletin != observation.source.bulletin }
                    .flatMap { $0.estimates.filter { $0.authority == estimate.authority && !$0.computed && $0.impliedEstimateBillionVND > 0 } }
                    .map(\.impliedEstimateBillionVND)
                guard let reference = others.median, reference > 0 else { return nil }
                let apart = abs(estimate.impliedEstimateBillionVND - reference) / reference
                guard apart > tolerance else { return nil }
                return BudgetFlag(.estimateMismatch, """
                    \(observation.label(in: year)) is \(FlagNumber.text(estimate.pct))% of the \(estimate.authority.rawValue) \
                    estimate, implying \(FlagNumber.text(estimate.impliedEstimateBillionVND)) billion VND; other bulletins of \
                    \(year) imply \(FlagNumber.text(reference)) (median of \(others.count)), \(FlagNumber.text(apart * 100))% apart
                    """)
            }
        }
    }
}
