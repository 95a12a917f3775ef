import PubstatModel

/// The questions the server can ask of the daemon. The daemon implements it over its live
/// projections; the server only routes and encodes.
public protocol PubstatQueries: Sendable {
    func health() async -> HealthReport
    func status() async -> StatusReport
    func budget(_ filter: BudgetFilter) async -> BudgetReport
    func visitors() async -> VisitorReport
    func bulletins() async -> BulletinList
    /// The bulletins from which no figure was extracted.
    func bulletinsWithoutFigures() async -> BulletinList
    func bulletin(_ id: BulletinID) async -> BulletinDetail?
    /// Runs the current extractor over every stored bulletin and appends the differences, on
    /// behalf of `peer` (whom the server has already checked may: see the server's `AdminPolicy`).
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport
    /// Rebuilds every projection from the log and publishes the result, on behalf of `peer`
    /// (whom the server has already checked may). Queries keep answering from the projections
    /// in place until the new ones are published. By default, a ``QueryRefusal``: a server
    /// without a log has nothing to rebuild from.
    func rebuild(requestedBy peer: Peer) async throws -> RebuildReport
    /// Mentions no indicator took (`GET /v1/unclassified`).
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport
    /// The event feed (`GET /v1/events`); nil when there is none (the route answers 404).
    var eventFeed: (any EventFeed)? { get }
    /// The sequence of the projections queries answer from, when they come from a published
    /// read model: the server caches encoded answers per route, query and this sequence.
    /// Nil turns the cache off.
    func publishedSequence() -> UInt64?
    /// The stamp of an answer reading `inputs` from the published read model now: the server
    /// keeps a cached answer while its inputs' version stays the same, across events that do not
    /// touch it. Nil turns the cache off. By default the version is ``publishedSequence()``
    /// whatever the inputs (every answer is produced again once the head moves).
    func answerStamp(for inputs: AnswerInputs) -> AnswerStamp?
    /// Told how long the server took to build and encode an answer it then cached: the daemon
    /// spaces intake's publications by it, so that a large report is not encoded anew many times
    /// a second during a back-fill.
    func answerProduced(in duration: Duration)
}

extension PubstatQueries {
    public var eventFeed: (any EventFeed)? { nil }
    public func publishedSequence() -> UInt64? { nil }
    public func answerStamp(for inputs: AnswerInputs) -> AnswerStamp? {
        publishedSequence().map { AnswerStamp(head: $0, version: $0) }
    }
    public func answerProduced(in duration: Duration) {}
    public func rebuild(requestedBy peer: Peer) async throws -> RebuildReport {
        throw QueryRefusal("this server keeps no event log to rebuild its projections from")
    }

    /// The bulletins of ``bulletins()`` whose figure count is zero.
    public func bulletinsWithoutFigures() async -> BulletinList {
        BulletinList(bulletins: await bulletins().bulletins.filter { $0.figureCount == 0 })
    }
}
