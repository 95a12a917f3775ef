import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections

/// Answers the server's questions from the published read model and the log's head: never
/// from the ingest actor, so a query does not wait on extraction or fsyncs.
struct DaemonQueries: PubstatQueries {
    static let version = PubstatVersion.current

    let pipeline: IngestPipeline
    let catalogue: CatalogueSource
    let log: EventLog
    let inbox: String
    let recovery: String?
    /// The inbox's waiting files, counted at most once a second.
    let backlog: InboxBacklog

    /// What queries read: the pipeline's published projections.
    var readModel: ReadModel { pipeline.readModel }

    var eventFeed: (any EventFeed)? { DaemonEventFeed(readModel: readModel, log: log) }

    func publishedSequence() -> UInt64? { readModel.current().sequence }

    func answerStamp(for inputs: AnswerInputs) -> AnswerStamp? {
        readModel.read { $0.stamp(of: inputs) }
    }

    func answerProduced(in duration: Duration) { readModel.noteAnswerProduced(in: duration) }

    func health() async -> HealthReport { HealthReport(version: Self.version) }

    func status() async -> StatusReport {
        let view = readModel.current()
        let projections = view.projections
        let head = log.head
        return StatusReport(
            logRecords: head.recordCount, lastSequence: head.lastSequence, headHash: head.headHash,
            logBytes: UInt64(max(head.byteCount, 0)),
            bulletinsIngested: projections.catalog.bulletins.count,
            bulletinsRejected: projections.catalog.rejections.count,
            duplicatesDropped: view.duplicates, rejectedUnlogged: view.rejectedUnlogged,
            inboxPending: backlog.count(), recovery: recovery, version: Self.version,
            bulletinsWithoutFigures: projections.catalog.withoutFiguresCount
        )
    }

    func budget(_ filter: BudgetFilter) async -> BudgetReport {
        readModel.current().projections.budget.report(filter)
    }

    func visitors() async -> VisitorReport {
        readModel.current().projections.visitors.report()
    }

    func bulletins() async -> BulletinList {
        readModel.current().projections.catalog.list
    }

    func bulletinsWithoutFigures() async -> BulletinList {
        readModel.current().projections.catalog.withoutFigures
    }

    func bulletin(_ id: BulletinID) async -> BulletinDetail? {
        readModel.current().projections.catalog.detail(matching: id.rawValue)
    }

    /// Re-reads the indicator folder first, so the current files apply; a file with an error
    /// refuses the request (422, naming the file and entry) and changes nothing.
    /// A second one while one runs is a conflict (409), decided before the folder is read.
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport {
        do {
            if let busy = await pipeline.reextractionConflict { throw busy }
            do {
                try await catalogue.reload()
            } catch {
                throw QueryRefusal("the indicator catalogue has an error, nothing was re-extracted: \(error)")
            }
            return try await pipeline.reextract(requestedBy: peer)
        } catch let busy as ReextractionInProgress {
            throw QueryConflict(busy.description)
        }
    }

    /// Folds the whole log again into new projections and publishes them; a second one while
    /// one runs is a conflict (409).
    func rebuild(requestedBy peer: Peer) async throws -> RebuildReport {
        do {
            return try await pipeline.rebuild(requestedBy: peer)
        } catch let busy as RebuildInProgress {
            throw QueryConflict(busy.description)
        }
    }

    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport {
        readModel.current().projections.unclassified.report(filter)
    }

}

/// The version pubstatd reports.
public enum PubstatVersion {
    public static let current = PubstatRelease.version
}
