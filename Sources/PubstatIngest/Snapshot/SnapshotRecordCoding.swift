import PubstatModel

/// One record of a binary snapshot: an event with its sequence number and append time,
/// restating part of the projections (see `Projections.snapshotEvents()`).
///
/// `varint sequence, zig-zag time, tag byte, members`; the tag is the event type (1 ingested,
/// 2 rejected, 3 revised, 4 corrected, 5 confirmed, 6 retracted), and the members are those of
/// the event in a fixed order. Tags and member order are part of the snapshot format: changing
/// them needs a new ``ProjectionSnapshotStore`` format number.
enum SnapshotRecordCoding {
    static func write(_ logged: LoggedEvent, to writer: inout SnapshotWriter) {
        writer.varint(logged.sequence)
        writer.int64(logged.timestampMicros)
        switch logged.event {
        case .bulletinIngested(let e):
            writer.byte(1)
            writer.bulletinInfo(e.bulletin)
            writer.figures(e.figures)
            writer.context(e.context)
            writer.mentions(e.unclassified)
        case .bulletinRejected(let e):
            writer.byte(2)
            writer.bulletinID(e.id)
            writer.string(e.fileName)
            writer.int(e.byteCount)
            writer.interned(e.code.rawValue)
            writer.string(e.reason)
        case .figuresRevised(let e):
            writer.byte(3)
            writer.bulletinID(e.id)
            writer.interned(e.extractorVersion)
            writer.figures(e.figures)
            writer.mentions(e.unclassified)
        case .figureCorrected(let e):
            writer.byte(4)
            writer.bulletinID(e.bulletinID)
            writer.string(e.figureID.rawValue)
            writer.byte((e.value != nil ? 1 : 0) | (e.fields != nil ? 2 : 0))
            if let value = e.value { writer.double(value) }
            if let fields = e.fields { writer.amendment(fields) }
            writer.figure(e.figure)
            writer.string(e.reason)
            writer.requester(e.peer)
        case .figureConfirmed(let e):
            writer.byte(5)
            writer.bulletinID(e.bulletinID)
            writer.string(e.figureID.rawValue)
            writer.byte(e.note != nil ? 1 : 0)
            if let note = e.note { writer.string(note) }
            writer.requester(e.peer)
        case .bulletinRetracted(let e):
            writer.byte(6)
            writer.bulletinID(e.id)
            writer.string(e.reason)
            writer.requester(e.peer)
        }
    }

    static func read(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) -> LoggedEvent {
        let sequence = try reader.varint()
        let time = try reader.int64()
        let event: Event
        switch try reader.byte() {
        case 1:
            let info = try reader.bulletinInfo()
            let figures = try reader.figures()
            var ingested = BulletinIngested(bulletin: info, figures: figures, context: try reader.context())
            ingested.unclassified = try reader.mentions()
            event = .bulletinIngested(ingested)
        case 2:
            let id = try reader.bulletinID()
            let fileName = try reader.string()
            let byteCount = try reader.int()
            let code = try reader.raw(RejectionCode.self)
            event = .bulletinRejected(BulletinRejected(id: id, fileName: fileName, byteCount: byteCount, code: code, reason: try reader.string()))
        case 3:
            let id = try reader.bulletinID()
            let version = try reader.interned()
            var revised = FiguresRevised(id: id, extractorVersion: version, figures: try reader.figures())
            revised.unclassified = try reader.mentions()
            event = .figuresRevised(revised)
        case 4:
            let bulletin = try reader.bulletinID()
            let figureID = FigureID(rawValue: try reader.string())
            let present = try reader.byte()
            let value = present & 1 != 0 ? try reader.double() : nil
            let fields = present & 2 != 0 ? try reader.amendment() : nil
            let figure = try reader.figure()
            let reason = try reader.string()
            event = .figureCorrected(FigureCorrected(bulletinID: bulletin, figureID: figureID, value: value, fields: fields, figure: figure,
                                                     reason: reason, peer: try reader.requester()))
        case 5:
            let bulletin = try reader.bulletinID()
            let figureID = FigureID(rawValue: try reader.string())
            let note = try reader.byte() & 1 != 0 ? try reader.string() : nil
            event = .figureConfirmed(FigureConfirmed(bulletinID: bulletin, figureID: figureID, note: note, peer: try reader.requester()))
        case 6:
            let id = try reader.bulletinID()
            let reason = try reader.string()
            event = .bulletinRetracted(BulletinRetracted(id: id, reason: reason, peer: try reader.requester()))
        case let tag:
            throw reader.malformed("unknown record tag \(tag)")
        }
        return LoggedEvent(sequence: sequence, timestampMicros: time, event: event)
    }
}
