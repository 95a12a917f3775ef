import PubstatModel

extension SeriesProjection {
    /// `GET /v1/figures/{id}`: the figure, its bulletin and extraction, every correction and
    /// confirmation, and every vintage of the same point (retracted ones included). Nil when no
    /// bulletin has a figure with this id.
    public func explain(_ id: FigureID) -> FigureExplanation? {
        for record in candidates(for: id) {
            guard let observation = observations(of: record, by: nil).first(where: { $0.id == id }) else { continue }
            let key = observation.key
            let same = observations(by: nil).filter { $0.key == key }
            let point = PointAssembly.point(key, same, history: true)
            var explanation = FigureExplanation(
                id: id, figure: observation.figure, bulletin: explained(record), extractorVersion: record.extraction.extractorVersion,
                extractedSequence: record.extraction.sequence, extractedAt: record.extraction.at, vintages: point.vintages ?? []
            )
            if observation.correction != nil { explanation.extracted = observation.extracted }
            explanation.corrections = (acts.corrections[id] ?? []).map(CorrectionRecord.init)
            explanation.confirmations = (acts.confirmations[id] ?? []).map(ConfirmationRecord.init)
            explanation.disagreementReason = observation.contested
            return explanation
        }
        return nil
    }

    private func explained(_ record: SeriesBulletin) -> ExplainedBulletin {
        var bulletin = ExplainedBulletin(id: record.info.id, fileName: record.info.fileName,
                                         ingestedSequence: record.ingestedSequence, ingestedAt: record.ingestedAt)
        bulletin.title = record.info.title
        bulletin.published = record.info.published
        bulletin.publishedMonth = record.info.publishedMonth
        bulletin.sourceURL = record.sourceURL
        bulletin.retracted = acts.retraction(of: record.info.id).map(RetractionRecord.init)
        return bulletin
    }
}
