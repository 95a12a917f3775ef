extension EventCoding {
    /// Decodes a payload with ``JSONReader``: one pass, no Foundation objects.
    ///
    /// Keys are sorted on disk, so `data` comes before `type` and `v`. Its members are read
    /// into ``DataFields`` (the union of every v1 type's fields) and the event is built once
    /// the type is known. A member that does not match its shape is skipped and its error
    /// kept: it is thrown only if the event's type uses that member, so an unknown type still
    /// reports "unknown event type" and a type ignores other types' keys as `JSONDecoder` does.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Event {
        var reader = JSONReader(bytes)
        var type: JSONKey?, version: Int?
        var data = DataFields()
        var hasData = false
        var dataError: JSONError?
        do {
            try reader.readObject { r, key in
                switch key {
                case "type": type = try r.readRawString()
                case "v": version = try r.readInt()
                case "data":
                    let saved = r
                    do {
                        data = DataFields()
                        try data.read(&r)
                        hasData = true
                        dataError = nil
                    } catch var error as JSONError where error.kind == .mismatch {
                        r = saved
                        try r.skipValue()
                        error.path.insert(".data", at: 0)
                        dataError = error
                    }
                default: try r.skipValue()
                }
            }
            try reader.finish()
        } catch let error as JSONError where error.kind == .malformed {
            throw DecodeError(message: "event payload is not valid JSON: \(error)")
        } catch let error as JSONError {
            throw DecodeError(message: "event payload is not JSON with a type and a version: \(error)")
        }
        guard let type, let version else {
            throw DecodeError(message: "event payload is not JSON with a type and a version: \(type == nil ? "no \"type\"" : "no \"v\"")")
        }
        do {
            switch (type, version) {
            case ("bulletin.ingested", 1), ("bulletin.ingested", 2):
                try data.check(hasData, dataError)
                // v1 had no context: upcast with an empty one
                let context = version == 1 ? DocumentContext() : try data.require(data.context, "context")
                return .bulletinIngested(BulletinIngested(
                    bulletin: try data.require(data.bulletin, "bulletin"), figures: try data.require(data.figures, "figures"),
                    context: context, unclassified: try data.optional(data.unclassified, "unclassified")))
            case ("bulletin.rejected", 1):
                try data.check(hasData, dataError)
                return .bulletinRejected(BulletinRejected(
                    id: try data.require(data.id, "id"), fileName: try data.require(data.fileName, "fileName"),
                    byteCount: try data.require(data.byteCount, "byteCount"), code: try data.require(data.code, "code"),
                    reason: try data.require(data.reason, "reason")))
            case ("figures.revised", 1):
                try data.check(hasData, dataError)
                return .figuresRevised(FiguresRevised(
                    id: try data.require(data.id, "id"), extractorVersion: try data.require(data.extractorVersion, "extractorVersion"),
                    figures: try data.require(data.figures, "figures"),
                    unclassified: try data.optional(data.unclassified, "unclassified")))
            default:
                if DataFields.isAct(type.text, version: version) {
                    try data.check(hasData, dataError)
                    if let act = try data.act(type.text, version: version) { return act }
                }
                throw DecodeError(message: "unknown event type \(type.text) version \(version): this pubstat is older than the log")
            }
        } catch let error as JSONError {
            throw DecodeError(message: "event \(type.text) v\(version) does not match its schema: \(error)")
        }
    }

    /// The members of a `data` object, for every event type and version at once.
    struct DataFields {
        var bulletin: BulletinInfo?
        var context: DocumentContext?
        var figures: [Figure]?
        var id: BulletinID?
        var fileName: String?
        var byteCount: Int?
        var code: RejectionCode?
        var reason: String?
        var extractorVersion: String?
        var unclassified: [UnclassifiedMention]?
        // figure.corrected, figure.confirmed, bulletin.retracted
        var bulletinID: BulletinID?
        var figureID: FigureID?
        var value: Double?
        var fields: FigureAmendment?
        var figure: Figure?
        var note: String?
        var uid: Int?
        var user: String?
        /// Members present but of the wrong shape, by key.
        var errors: [(key: String, error: JSONError)] = []
        /// Where the object starts, for messages about missing members.
        var offset = 0

        mutating func read(_ reader: inout JSONReader) throws {
            offset = reader.position
            try reader.readObject { r, key in
                let saved = r
                do {
                    try readMember(key, &r)
                    if !errors.isEmpty { errors.removeAll { $0.key == key.text } }  // a later duplicate wins
                } catch var error as JSONError where error.kind == .mismatch {
                    r = saved
                    try r.skipValue()
                    error.path.insert(".data." + key.text, at: 0)
                    errors.append((key.text, error))
                }
            }
        }

        private mutating func readMember(_ key: JSONKey, _ r: inout JSONReader) throws {
            switch key {
            case "bulletin": bulletin = try r.readOptional(BulletinInfo.init(json:))
            case "figures": figures = try r.readOptional { try $0.readArray(of: Figure.init(json:)) }
            case "id": id = try r.readOptional { BulletinID(rawValue: try $0.readString()) }
            case "fileName": fileName = try r.readOptional { try $0.readString() }
            case "byteCount": byteCount = try r.readOptional { try $0.readInt() }
            case "code": code = try r.readOptional { try $0.readRejectionCode() }
            case "context": context = try r.readOptional { try DocumentContext(json: &$0) }
            case "reason": reason = try r.readOptional { try $0.readString() }
            case "extractorVersion": extractorVersion = try r.readOptional { try $0.readString() }
            case "unclassified": unclassified = try r.readOptional { try $0.readArray(of: UnclassifiedMention.init(json:)) }
            case "bulletinId": bulletinID = try r.readOptional { BulletinID(rawValue: try $0.readString()) }
            case "figureId": figureID = try r.readOptional { FigureID(rawValue: try $0.readString()) }
            case "value": value = try r.readOptional { try $0.readDouble() }
            case "fields": fields = try r.readOptional { try FigureAmendment(json: &$0) }
            case "figure": figure = try r.readOptional { try Figure(json: &$0) }
            case "note": note = try r.readOptional { try $0.readString() }
            case "uid": uid = try r.readOptional { try $0.readInt() }
            case "user": user = try r.readOptional { try $0.readString() }
            default: try r.skipValue()
            }
        }

        /// Throws when the payload had no usable `data` object.
        func check(_ present: Bool, _ error: JSONError?) throws {
            if let error { throw error }
            guard present else { throw JSONError(kind: .mismatch, offset: 0, message: "the payload has no \"data\" object") }
        }

        /// An optional list member: empty when absent, or the error that kept it from being read.
        func optional<T>(_ value: [T]?, _ key: String) throws -> [T] {
            if !errors.isEmpty, let failure = errors.last(where: { $0.key == key }) { throw failure.error }
            return value ?? []
        }

        /// The member `key`, or the error that kept it from being read, or "missing".
        func require<T>(_ value: T?, _ key: String) throws -> T {
            if !errors.isEmpty, let failure = errors.last(where: { $0.key == key }) { throw failure.error }
            guard let value else { throw JSONError(kind: .mismatch, offset: offset, message: "data has no \"\(key)\"") }
            return value
        }
    }
}
