import PubstatModel
import PubstatProjections
import Synchronization

/// Queries over a live fold, as the daemon answers them, counting how many budget and series
/// reports were built: what the answer cache saves.
final class FoldedQueries: PubstatQueries, SeriesQueries, Sendable {
    private let state = Mutex(Projections())
    private let builds = Mutex(0)
    private let base = StubQueries()

    /// Budget and series reports built so far.
    var reportsBuilt: Int { builds.withLock { $0 } }

    /// Folds `event` as the next one in the log, as the daemon publishes it.
    func append(_ event: Event) {
        state.withLock { projections in
            try! projections.apply(LoggedEvent(sequence: projections.lastSequence + 1, timestampMicros: 1_764_316_800_000_000, event: event))
        }
    }

    func answerStamp(for inputs: AnswerInputs) -> AnswerStamp? {
        state.withLock { $0.stamp(of: inputs) }
    }

    func budget(_ filter: BudgetFilter) async -> BudgetReport {
        builds.withLock { $0 += 1 }
        return state.withLock { $0.budget.report(filter) }
    }

    func series(_ filter: SeriesFilter) async -> SeriesReport {
        builds.withLock { $0 += 1 }
        return state.withLock { $0.series.series(filter) }
    }

    func health() async -> HealthReport { await base.health() }
    func status() async -> StatusReport { await base.status() }
    func visitors() async -> VisitorReport { await base.visitors() }
    func bulletins() async -> BulletinList { state.withLock { $0.catalog.list } }
    func bulletin(_ id: BulletinID) async -> BulletinDetail? { nil }
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport { try await base.reextract(requestedBy: peer) }
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport { await base.unclassified(filter) }
    func indicators() async -> IndicatorsReport { state.withLock { $0.series.indicators() } }
    func figure(_ id: FigureID) async -> FigureExplanation? { nil }
    func correct(_ id: FigureID, _ request: CorrectionRequest, by peer: Requester) async throws -> ActReceipt {
        throw ActRefusal(status: .notFound, message: "not here")
    }
    func confirm(_ id: FigureID, _ request: ConfirmationRequest, by peer: Requester) async throws -> ActReceipt {
        throw ActRefusal(status: .notFound, message: "not here")
    }
    func retract(_ bulletin: BulletinID, _ request: RetractionRequest, by peer: Requester) async throws -> ActReceipt {
        throw ActRefusal(status: .notFound, message: "not here")
    }
}
