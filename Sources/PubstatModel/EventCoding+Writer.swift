extension EventCoding {
    /// Writes `{"data":{…},"type":"…","v":N}` with ``JSONWriter``: the bytes Foundation's
    /// `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`) produced for the same event.
    static func write(_ event: Event) throws -> [UInt8] {
        var writer = JSONWriter(capacity: 1024)
        writer.beginObject()
        writer.key("data")
        let version: Int
        switch event {
        case .bulletinIngested(let e):
            writer.beginObject()
            writer.key("bulletin"); e.bulletin.write(to: &writer)
            writer.key("context"); e.context.write(to: &writer)
            writer.key("figures"); try write(e.figures, to: &writer)
            try write(e.unclassified, to: &writer)
            writer.endObject()
            version = BulletinIngested.version
        case .bulletinRejected(let e):
            writer.beginObject()
            writer.key("byteCount"); writer.int(e.byteCount)
            writer.key("code"); writer.string(e.code.rawValue)
            writer.key("fileName"); writer.string(e.fileName)
            writer.key("id"); writer.string(e.id.rawValue)
            writer.key("reason"); writer.string(e.reason)
            writer.endObject()
            version = BulletinRejected.version
        case .figuresRevised(let e):
            writer.beginObject()
            writer.key("extractorVersion"); writer.string(e.extractorVersion)
            writer.key("figures"); try write(e.figures, to: &writer)
            writer.key("id"); writer.string(e.id.rawValue)
            try write(e.unclassified, to: &writer)
            writer.endObject()
            version = FiguresRevised.version
        case .figureCorrected, .figureConfirmed, .bulletinRetracted:
            version = try writeAct(event, to: &writer) ?? 1
        }
        writer.key("type"); writer.string(event.type)
        writer.key("v"); writer.int(version)
        writer.endObject()
        return writer.bytes
    }

    private static func write(_ figures: [Figure], to writer: inout JSONWriter) throws {
        writer.beginArray()
        for figure in figures { try figure.write(to: &writer) }
        writer.endArray()
    }

    /// The optional `unclassified` member: written only when there are mentions.
    private static func write(_ mentions: [UnclassifiedMention]?, to writer: inout JSONWriter) throws {
        guard let mentions, !mentions.isEmpty else { return }
        writer.key("unclassified")
        writer.beginArray()
        for mention in mentions { try mention.write(to: &writer) }
        writer.endArray()
    }
}
