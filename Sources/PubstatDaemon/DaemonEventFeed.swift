import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatProjections

/// The event feed of pubstatd: recent events from the read model's memory, older ones read
/// from the log's segments on the requesting task. Neither touches the ingest pipeline.
struct DaemonEventFeed: EventFeed {
    let readModel: ReadModel
    let log: EventLog

    func events(after sequence: UInt64, limit: Int) async throws -> [FeedEntry] {
        if let recent = readModel.recentEvents(after: sequence, limit: limit) {
            return try recent.map { FeedEntry(sequence: $0.sequence, timestampMicros: $0.timestampMicros, payload: try EventCoding.encode($0.event)) }
        }
        // Older than memory reaches: from the log, up to the published head (records past it
        // are durable, but followers see events in the order the read model publishes them).
        let head = readModel.current().sequence
        var entries: [FeedEntry] = []
        do {
            try log.replayRecords(from: sequence + 1) { record in
                guard record.sequence <= head, entries.count < limit else { throw PageFull() }
                entries.append(FeedEntry(sequence: record.sequence, timestampMicros: record.timestampMicros, payload: Array(record.payload)))
            }
        } catch is PageFull {}
        return entries
    }

    func headSequence() -> UInt64 { readModel.current().sequence }

    func follow() -> FeedSubscription {
        let (id, signals) = readModel.follow()
        return FeedSubscription(signals: signals) { [readModel] in readModel.unfollow(id) }
    }

    /// Stops a replay once a page is full.
    private struct PageFull: Error {}
}
