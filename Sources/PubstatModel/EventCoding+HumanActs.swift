extension EventCoding {
    /// Writes the `data` object of `figure.corrected`, `figure.confirmed` and `bulletin.retracted`
    /// (keys sorted; `figure` and `fields` in the figure schema's snake_case keys).
    static func writeAct(_ event: Event, to writer: inout JSONWriter) throws -> Int? {
        switch event {
        case .figureCorrected(let e):
            writer.beginObject()
            writer.key("bulletinId"); writer.string(e.bulletinID.rawValue)
            if let fields = e.fields, !fields.isEmpty { writer.key("fields"); try fields.write(to: &writer) }
            writer.key("figure"); try e.figure.write(to: &writer)
            writer.key("figureId"); writer.string(e.figureID.rawValue)
            writer.key("reason"); writer.string(e.reason)
            writer.key("uid"); writer.int(Int(e.peer.uid))
            writer.key("user"); writer.string(e.peer.user)
            if let value = e.value { writer.key("value"); try writer.double(value) }
            writer.endObject()
            return FigureCorrected.version
        case .figureConfirmed(let e):
            writer.beginObject()
            writer.key("bulletinId"); writer.string(e.bulletinID.rawValue)
            writer.key("figureId"); writer.string(e.figureID.rawValue)
            if let note = e.note { writer.key("note"); writer.string(note) }
            writer.key("uid"); writer.int(Int(e.peer.uid))
            writer.key("user"); writer.string(e.peer.user)
            writer.endObject()
            return FigureConfirmed.version
        case .bulletinRetracted(let e):
            writer.beginObject()
            writer.key("id"); writer.string(e.id.rawValue)
            writer.key("reason"); writer.string(e.reason)
            writer.key("uid"); writer.int(Int(e.peer.uid))
            writer.key("user"); writer.string(e.peer.user)
            writer.endObject()
            return BulletinRetracted.version
        case .bulletinIngested, .bulletinRejected, .figuresRevised:
            return nil
        }
    }
}

extension EventCoding.DataFields {
    /// The peer of a human act: `uid` and `user`, both required.
    func peer() throws -> Requester {
        let uid: Int = try require(uid, "uid")
        guard let value = UInt32(exactly: uid) else {
            throw JSONError(kind: .mismatch, offset: offset, message: "data.uid \(uid) is not a user id")
        }
        return Requester(uid: value, user: try require(user, "user"))
    }

    /// True for the types and versions ``act(_:version:)`` builds.
    static func isAct(_ type: String, version: Int) -> Bool {
        version == 1 && [FigureCorrected.type, FigureConfirmed.type, BulletinRetracted.type].contains(type)
    }

    /// Builds the human act of `type` version 1, or nil when `type` is not one.
    func act(_ type: String, version: Int) throws -> Event? {
        switch (type, version) {
        case (FigureCorrected.type, 1):
            let fields = try fieldsIfAny()
            return .figureCorrected(FigureCorrected(
                bulletinID: try require(bulletinID, "bulletinId"), figureID: try require(figureID, "figureId"),
                value: try optionalValue(value, "value"), fields: fields, figure: try require(figure, "figure"),
                reason: try require(reason, "reason"), peer: try peer()))
        case (FigureConfirmed.type, 1):
            return .figureConfirmed(FigureConfirmed(
                bulletinID: try require(bulletinID, "bulletinId"), figureID: try require(figureID, "figureId"),
                note: try optionalValue(note, "note"), peer: try peer()))
        case (BulletinRetracted.type, 1):
            return .bulletinRetracted(BulletinRetracted(
                id: try require(id, "id"), reason: try require(reason, "reason"), peer: try peer()))
        default:
            return nil
        }
    }

    private func fieldsIfAny() throws -> FigureAmendment? {
        let fields = try optionalValue(fields, "fields")
        return fields?.isEmpty == true ? nil : fields
    }

    /// An optional member: nil when absent, or the error that kept it from being read.
    func optionalValue<T>(_ value: T?, _ key: String) throws -> T? {
        if !errors.isEmpty, let failure = errors.last(where: { $0.key == key }) { throw failure.error }
        return value
    }
}
