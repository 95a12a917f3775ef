import PubstatLog
import PubstatModel
import PubstatProjections

/// The working state of one ingest batch.
struct IntakeBatch {
    /// What became of each file, by name.
    var outcomes: [String: IngestOutcome] = [:]
    /// New content to append, in the order the files were decided. The bytes are not kept: once
    /// the raw copy is written, only the event travels on.
    var fresh: [(name: String, event: EncodedEvent, packing: EventPacking?)] = []
    /// Content already taken into this batch.
    var seen = Set<BulletinID>()
    /// Further copies of content first seen in this batch.
    var copies: [(name: String, id: BulletinID)] = []
}
