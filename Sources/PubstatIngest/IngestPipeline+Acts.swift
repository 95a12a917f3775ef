import PubstatModel
import PubstatProjections

extension IngestPipeline {
    /// Appends a `figure.corrected`, `figure.confirmed` or `bulletin.retracted` event through the
    /// log writer (durable, folded and published like every event; nothing is rewritten), after
    /// checking it against the projections: the figure or bulletin must exist, and a retracted
    /// bulletin takes no more acts.
    public func appendAct(_ event: Event) async throws -> LoggedEvent {
        try check(event)
        let logged = try await appendAndFold([event])
        return logged[0]
    }

    private func check(_ event: Event) throws(ActRefusal) {
        let bulletin = event.bulletinID
        guard projections.catalog.bulletins[bulletin] != nil else {
            throw ActRefusal(status: .notFound, message: "no bulletin \(bulletin.short) in the log; `pubstatctl bulletins` lists them")
        }
        if let retraction = projections.series.retraction(of: bulletin) {
            throw ActRefusal(status: .conflict, message: "bulletin \(bulletin.short) was retracted by \(retraction.user) at \(retraction.at) "
                + "(event \(retraction.sequence)): its figures take no more corrections, confirmations or retractions")
        }
        switch event {
        case .figureCorrected(let e):
            try requireFigure(e.figureID, of: bulletin)
        case .figureConfirmed(let e):
            try requireFigure(e.figureID, of: bulletin)
        default:
            break
        }
    }

    private func requireFigure(_ id: FigureID, of bulletin: BulletinID) throws(ActRefusal) {
        guard projections.series.bulletin(of: id) == bulletin else {
            throw ActRefusal(status: .notFound, message: "no figure \(id) in bulletin \(bulletin.short); `pubstatctl bulletin \(bulletin.short)` lists its figures")
        }
    }
}
