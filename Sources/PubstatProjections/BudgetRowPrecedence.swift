import PubstatModel

/// Which cumulative figure is a budget year's row (a quarter's, or the full year's), whatever
/// order the bulletins were ingested in. In order, the first rule that tells two figures apart wins:
///
/// 1. the later reach (cut-off date, else the period's last day): the row is the quarter's latest
///    cumulative revenue, so a figure through 20/9 is Q3's row over one through 1/8;
/// 2. then, among figures of the same cut-off (vintages of one point), the series' precedence
///    (``Precedence``, README *Series, vintages and corrections*): a corrected figure over every
///    other (of two, the later correction); the later publication (known-from date); for the
///    same day, an actual figure over an estimate; the later ingestion; the figure id.
///
/// A figure with a cut-off ranks above one without (a figure without either cannot be placed
/// in a quarter, so this only orders odd full-year figures).
enum BudgetRowPrecedence {
    /// True when `a` ranks above `b` for the same row.
    static func isBefore(_ a: BudgetEntry, _ b: BudgetEntry) -> Bool {
        switch (a.reach, b.reach) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.correction, b.correction) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.info.knownFrom != b.info.knownFrom { return a.info.knownFrom > b.info.knownFrom }
        let (kindA, kindB) = (a.observation.kind, b.observation.kind)
        if kindA != kindB, kindA == .actual || kindB == .actual { return kindA == .actual }
        if a.info.ingestedSequence != b.info.ingestedSequence { return a.info.ingestedSequence > b.info.ingestedSequence }
        return tieBreak(a) > tieBreak(b)
    }

    /// The figure id (its quote when it has none), so the row never depends on memory order.
    private static func tieBreak(_ entry: BudgetEntry) -> String {
        entry.observation.source.figureID?.rawValue ?? entry.observation.source.quote
    }
}
