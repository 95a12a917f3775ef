import PubstatModel

/// Every projection, folded together in sequence order.
///
/// A pure value: the daemon keeps one, applies each event as it is appended or replayed,
/// and answers queries from it. Folding checks that no event is skipped.
public struct Projections: Hashable, Sendable, Codable {
    /// Bumped whenever a fold changes, so a stored snapshot of an older version is rebuilt.
    public static let version = 4

    /// Sequence number of the last event folded; 0 before the first.
    public internal(set) var lastSequence: UInt64 = 0
    public private(set) var catalog = BulletinCatalog()
    public private(set) var budget = BudgetProjection()
    public private(set) var visitors = VisitorProjection()
    /// Mentions no indicator took: never folded into the figure projections above.
    public private(set) var unclassified = UnclassifiedIndex()
    /// Every indicator as series of vintages, with people's corrections.
    public private(set) var series = SeriesProjection()

    public init() {}

    /// Folds one event; throws when it does not directly follow the last one folded.
    public mutating func apply(_ logged: LoggedEvent) throws(ProjectionError) {
        try apply(PreparedEvent(logged))
    }

    /// As ``apply(_:)-(LoggedEvent)``, keeping the event's packed records in `spill`.
    public mutating func apply(_ logged: LoggedEvent, spill: (any PackedRecordSpill)?) throws(ProjectionError) {
        try apply(PreparedEvent(logged, spill: spill))
    }

    /// Folds one prepared event; throws when it does not directly follow the last one folded.
    public mutating func apply(_ prepared: PreparedEvent) throws(ProjectionError) {
        let sequence = prepared.logged.sequence
        guard sequence == lastSequence + 1 else {
            throw .gap(expected: lastSequence + 1, got: sequence)
        }
        foldWithoutGapCheck(prepared)
        lastSequence = sequence
    }

    /// Room for `count` bulletins in every per-bulletin table (before a restore).
    mutating func reserveCapacity(bulletins count: Int) {
        catalog.reserveCapacity(count)
        series.reserveCapacity(count)
        budget.reserveCapacity(count)
        visitors.reserveCapacity(count)
        unclassified.reserveCapacity(count)
    }

    mutating func foldWithoutGapCheck(_ prepared: PreparedEvent) {
        let logged = prepared.logged
        catalog.apply(prepared)
        series.apply(prepared)
        unclassified.apply(prepared)
        // Budget and visitors fold the figures as people left them: corrected, or none once retracted.
        guard let figureEvent = series.effectiveEvent(for: logged) else { return }
        let ids = series.figureIDs(of: figureEvent)
        budget.apply(figureEvent, ids: ids, corrections: series.correctionSequences(of: figureEvent.event.bulletinID))
        visitors.apply(figureEvent, ids: ids)
    }
}
