import PubstatModel

/// The series, explain and correction questions (`/v1/indicators`, `/v1/series`,
/// `/v1/figures/{id}`, and the admin acts). A server without them answers empty reports, 404
/// for a figure, and 422 to an act.
public protocol SeriesQueries: Sendable {
    func indicators() async -> IndicatorsReport
    func series(_ filter: SeriesFilter) async -> SeriesReport
    func figure(_ id: FigureID) async -> FigureExplanation?
    /// Appends `figure.corrected`; throws ``ActRefusal`` for an unknown figure or a retracted bulletin.
    func correct(_ id: FigureID, _ request: CorrectionRequest, by peer: Requester) async throws -> ActReceipt
    /// Appends `figure.confirmed`.
    func confirm(_ id: FigureID, _ request: ConfirmationRequest, by peer: Requester) async throws -> ActReceipt
    /// Appends `bulletin.retracted`.
    func retract(_ bulletin: BulletinID, _ request: RetractionRequest, by peer: Requester) async throws -> ActReceipt
}

extension PubstatQueries {
    /// The series questions when the queries answer them, else the empty answers.
    public var seriesQueries: (any SeriesQueries)? { self as? any SeriesQueries }
}

extension SeriesQueries {
    /// The receipt of an appended act.
    public static func receipt(_ logged: LoggedEvent, figure: FigureID?, peer: Requester) -> ActReceipt {
        ActReceipt(event: logged.event.type, sequence: logged.sequence, at: Timestamp(micros: logged.timestampMicros),
                   figure: figure, bulletin: logged.event.bulletinID, peer: peer)
    }
}
