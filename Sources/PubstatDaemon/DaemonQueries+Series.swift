import PubstatExtraction
import PubstatIngest
import PubstatModel
import PubstatProjections

/// Series, explain and corrections: reads from the published read model; acts are appended
/// through the ingest pipeline's log writer.
extension DaemonQueries: SeriesQueries {
    /// The built-in catalogue's indicators (read without asking the ingest actor); indicators of
    /// extra files show up once a bulletin gave one.
    func indicators() async -> IndicatorsReport {
        readModel.current().projections.series.indicators(catalogue: IndicatorCatalogue.builtIn.indicators)
    }

    func series(_ filter: SeriesFilter) async -> SeriesReport {
        readModel.current().projections.series.series(filter)
    }

    func figure(_ id: FigureID) async -> FigureExplanation? {
        readModel.current().projections.series.explain(id)
    }

    func correct(_ id: FigureID, _ request: CorrectionRequest, by peer: Requester) async throws -> ActReceipt {
        let series = readModel.current().projections.series
        guard let bulletin = series.bulletin(of: id), let explained = series.explain(id) else {
            throw ActRefusal(status: .notFound, message: "no figure \(id); `pubstatctl bulletin ID` lists a bulletin's figures with their ids")
        }
        // Cumulative: what an earlier correction set and this one does not, it keeps.
        let earlier = explained.corrections.last
        let fields = (request.fields ?? FigureAmendment()).merged(over: earlier?.fields)
        var event = FigureCorrected(bulletinID: bulletin, figureID: id, value: request.value ?? earlier?.value,
                                    fields: fields.isEmpty ? nil : fields, figure: explained.figure, reason: request.reason, peer: peer)
        event.figure = event.applied(to: explained.extracted ?? explained.figure)
        let logged = try await pipeline.appendAct(.figureCorrected(event))
        return Self.receipt(logged, figure: id, peer: peer)
    }

    func confirm(_ id: FigureID, _ request: ConfirmationRequest, by peer: Requester) async throws -> ActReceipt {
        guard let bulletin = readModel.current().projections.series.bulletin(of: id) else {
            throw ActRefusal(status: .notFound, message: "no figure \(id); `pubstatctl bulletin ID` lists a bulletin's figures with their ids")
        }
        let logged = try await pipeline.appendAct(.figureConfirmed(FigureConfirmed(bulletinID: bulletin, figureID: id, note: request.note, peer: peer)))
        return Self.receipt(logged, figure: id, peer: peer)
    }

    func retract(_ bulletin: BulletinID, _ request: RetractionRequest, by peer: Requester) async throws -> ActReceipt {
        let logged = try await pipeline.appendAct(.bulletinRetracted(BulletinRetracted(id: bulletin, reason: request.reason, peer: peer)))
        return Self.receipt(logged, figure: nil, peer: peer)
    }
}
