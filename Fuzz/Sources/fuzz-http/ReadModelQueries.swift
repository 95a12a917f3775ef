import PubstatAPI
import PubstatExtraction
import PubstatIngest
import PubstatModel
import PubstatProjections

/// The queries pubstatd answers, read from a published read model as pubstatd's own do; the
/// acts and re-extraction are refused (a fuzzer must not grow the log), and there is no event
/// feed (`/v1/events?follow=true` would never end).
struct ReadModelQueries: PubstatQueries, SeriesQueries {
    let readModel: ReadModel

    func publishedSequence() -> UInt64? { readModel.current().sequence }
    func health() async -> HealthReport { HealthReport(version: PubstatRelease.version) }

    func status() async -> StatusReport {
        let view = readModel.current(), catalog = view.projections.catalog
        return StatusReport(
            logRecords: view.sequence, lastSequence: view.sequence, headHash: String(repeating: "0", count: 64), logBytes: 0,
            bulletinsIngested: catalog.bulletins.count, bulletinsRejected: catalog.rejections.count,
            duplicatesDropped: view.duplicates, rejectedUnlogged: view.rejectedUnlogged, inboxPending: 0, recovery: nil,
            version: PubstatRelease.version, bulletinsWithoutFigures: catalog.withoutFiguresCount)
    }

    func budget(_ filter: BudgetFilter) async -> BudgetReport { readModel.current().projections.budget.report(filter) }
    func visitors() async -> VisitorReport { readModel.current().projections.visitors.report() }
    func bulletins() async -> BulletinList { readModel.current().projections.catalog.list }
    func bulletinsWithoutFigures() async -> BulletinList { readModel.current().projections.catalog.withoutFigures }
    func bulletin(_ id: BulletinID) async -> BulletinDetail? { readModel.current().projections.catalog.detail(matching: id.rawValue) }
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport { readModel.current().projections.unclassified.report(filter) }

    func reextract(requestedBy peer: Peer) async throws -> ReextractReport {
        throw QueryRefusal("re-extraction is off in the fuzz target")
    }

    func indicators() async -> IndicatorsReport {
        readModel.current().projections.series.indicators(catalogue: IndicatorCatalogue.builtIn.indicators)
    }

    func series(_ filter: SeriesFilter) async -> SeriesReport { readModel.current().projections.series.series(filter) }
    func figure(_ id: FigureID) async -> FigureExplanation? { readModel.current().projections.series.explain(id) }

    func correct(_ id: FigureID, _ request: CorrectionRequest, by peer: Requester) async throws -> ActReceipt {
        throw ActRefusal(status: .conflict, message: "acts are off in the fuzz target")
    }

    func confirm(_ id: FigureID, _ request: ConfirmationRequest, by peer: Requester) async throws -> ActReceipt {
        throw ActRefusal(status: .conflict, message: "acts are off in the fuzz target")
    }

    func retract(_ bulletin: BulletinID, _ request: RetractionRequest, by peer: Requester) async throws -> ActReceipt {
        throw ActRefusal(status: .conflict, message: "acts are off in the fuzz target")
    }
}
