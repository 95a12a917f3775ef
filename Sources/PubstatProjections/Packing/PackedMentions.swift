import PubstatModel

/// One bulletin's unclassified mentions, packed into a single buffer of exactly their size.
///
/// The generated corpus has ~28 mentions a bulletin: as `[UnclassifiedMention]` they took
/// ~9 kB (144-byte structs in an array with growth slack, and a heap string per quote), packed
/// about half; kept by a ``PackedRecordSpill`` when the daemon has one. Read back only for
/// `/v1/unclassified` and snapshots.
struct PackedMentions: Hashable, Sendable, Codable {
    /// Where the packed mentions are.
    let packed: PackedBytes
    /// How many mentions are packed.
    let count: Int

    /// `spill`, when given, keeps the packed bytes out of memory.
    init(_ mentions: [UnclassifiedMention], spill: (any PackedRecordSpill)? = nil) {
        var writer = PackedWriter()
        for mention in mentions { writer.mention(mention) }
        packed = PackedBytes(writer.finished(), spill: spill)
        count = mentions.count
    }

    /// The packed mentions (internal so tests can see that copies share them).
    var bytes: [UInt8] { packed.bytes }

    /// The mentions, in the order they were packed.
    var mentions: [UnclassifiedMention] { prefix(count) }

    /// The first `limit` mentions.
    func prefix(_ limit: Int) -> [UnclassifiedMention] {
        var reader = PackedReader(bytes)
        var out: [UnclassifiedMention] = []
        out.reserveCapacity(min(limit, count))
        for _ in 0..<min(limit, count) { out.append(reader.mention()) }
        return out
    }

    init(from decoder: any Decoder) throws {
        self.init(try [UnclassifiedMention](from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try mentions.encode(to: encoder)
    }
}
