import PubstatModel
import PubstatProjections

/// ``StubQueries`` with the series questions: a fold over two bulletins (growth of Lai Châu and
/// Hồ Chí Minh City), acts appended to it as the daemon would.
final class SeriesStubQueries: PubstatQueries, SeriesQueries, @unchecked Sendable {
    static let growth = Indicator("grdp_growth")
    static let hcm = Jurisdiction(.city, "Hồ Chí Minh")
    static let laiChauFigure = Figure(indicator: growth, value: 6.2, unit: .percent, period: Period("2021"),
                                      jurisdiction: StubQueries.laiChau, quote: "GRDP tăng 6,2%")
    static var figureID: FigureID { FigureID.assign(bulletin: StubQueries.idA, figures: [laiChauFigure])[0] }

    let base = StubQueries()
    private(set) var projections = Projections()
    /// The peers recorded by acts, in order.
    private(set) var peers: [Requester] = []

    init() {
        let hcmFigure = Figure(indicator: Self.growth, value: 7.1, unit: .percent, period: Period("2021"), jurisdiction: Self.hcm, quote: "tăng 7,1%")
        append(.bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: StubQueries.idA, fileName: "a.txt", byteCount: 10, published: CalendarDate(year: 2022, month: 1, day: 10),
                                   subject: StubQueries.laiChau, title: nil, extractorVersion: "x1"),
            figures: [Self.laiChauFigure, hcmFigure])))
    }

    @discardableResult
    private func append(_ event: Event) -> LoggedEvent {
        let logged = LoggedEvent(sequence: projections.lastSequence + 1, timestampMicros: 1_764_316_800_000_000, event: event)
        try! projections.apply(logged)
        return logged
    }

    func health() async -> HealthReport { await base.health() }
    func status() async -> StatusReport { await base.status() }
    func budget(_ filter: BudgetFilter) async -> BudgetReport { await base.budget(filter) }
    func visitors() async -> VisitorReport { await base.visitors() }
    func bulletins() async -> BulletinList { projections.catalog.list }
    func bulletin(_ id: BulletinID) async -> BulletinDetail? { projections.catalog.detail(matching: id.rawValue) }
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport { try await base.reextract(requestedBy: peer) }
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport { await base.unclassified(filter) }

    func indicators() async -> IndicatorsReport { projections.series.indicators() }
    func series(_ filter: SeriesFilter) async -> SeriesReport { projections.series.series(filter) }
    func figure(_ id: FigureID) async -> FigureExplanation? { projections.series.explain(id) }

    func correct(_ id: FigureID, _ request: CorrectionRequest, by peer: Requester) async throws -> ActReceipt {
        guard let bulletin = projections.series.bulletin(of: id), let figure = projections.series.explain(id)?.figure else {
            throw ActRefusal(status: .notFound, message: "no figure \(id)")
        }
        var event = FigureCorrected(bulletinID: bulletin, figureID: id, value: request.value, fields: request.fields, figure: figure,
                                    reason: request.reason, peer: peer)
        event.figure = event.applied(to: figure)
        peers.append(peer)
        return Self.receipt(append(.figureCorrected(event)), figure: id, peer: peer)
    }

    func confirm(_ id: FigureID, _ request: ConfirmationRequest, by peer: Requester) async throws -> ActReceipt {
        guard let bulletin = projections.series.bulletin(of: id) else { throw ActRefusal(status: .notFound, message: "no figure \(id)") }
        peers.append(peer)
        return Self.receipt(append(.figureConfirmed(FigureConfirmed(bulletinID: bulletin, figureID: id, note: request.note, peer: peer))),
                            figure: id, peer: peer)
    }

    func retract(_ bulletin: BulletinID, _ request: RetractionRequest, by peer: Requester) async throws -> ActReceipt {
        guard projections.catalog.bulletins[bulletin] != nil else { throw ActRefusal(status: .notFound, message: "no bulletin \(bulletin.short)") }
        peers.append(peer)
        return Self.receipt(append(.bulletinRetracted(BulletinRetracted(id: bulletin, reason: request.reason, peer: peer))), figure: nil, peer: peer)
    }
}
