import PubstatModel

extension SeriesProjection {
    /// The corrections, confirmations and retractions, as the events they were, at their
    /// sequences and times: a snapshot restates them after the bulletins' own events.
    func restatedActs() -> [LoggedEvent] {
        var events: [LoggedEvent] = []
        for list in acts.corrections.values {
            events += list.map { LoggedEvent(sequence: $0.sequence, timestampMicros: $0.at.micros, event: .figureCorrected($0.event)) }
        }
        for list in acts.confirmations.values {
            events += list.map { LoggedEvent(sequence: $0.sequence, timestampMicros: $0.at.micros, event: .figureConfirmed($0.event)) }
        }
        events += acts.retractions.values.map {
            LoggedEvent(sequence: $0.sequence, timestampMicros: $0.at.micros, event: .bulletinRetracted($0.event))
        }
        return events
    }

    /// When `bulletin` was ingested and last extracted, for restating its events.
    func times(of bulletin: BulletinID) -> (ingested: Int64, extracted: Int64)? {
        bulletins[bulletin].map { ($0.ingestedAt.micros, $0.extraction.at.micros) }
    }

    /// The retraction record of `bulletin`, if any (for the bulletin catalogue).
    public func retraction(of bulletin: BulletinID) -> RetractionRecord? {
        acts.retraction(of: bulletin).map(RetractionRecord.init)
    }
}
