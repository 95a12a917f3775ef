extension BulletinInfo {
    /// Reads the object the synthesized `Codable` conformance writes (camelCase keys); null
    /// counts as absent; unknown keys are skipped.
    init(json reader: inout JSONReader) throws {
        let start = reader.position
        var id: BulletinID?, fileName: String?, byteCount: Int?, extractorVersion: String?
        var published: CalendarDate?, publishedMonth: YearMonth?, subject: Jurisdiction?, title: String?
        try reader.readObject { r, key in
            switch key {
            case "id": id = try r.readOptional { BulletinID(rawValue: try $0.readString()) }
            case "fileName": fileName = try r.readOptional { try $0.readString() }
            case "byteCount": byteCount = try r.readOptional { try $0.readInt() }
            case "published": published = try r.readOptional { try $0.readDate() }
            case "publishedMonth": publishedMonth = try r.readOptional { try $0.readYearMonth() }
            case "subject": subject = try r.readOptional { try $0.readJurisdiction() }
            case "title": title = try r.readOptional { try $0.readString() }
            case "extractorVersion": extractorVersion = try r.readOptional { try $0.readString() }
            default: try r.skipValue()
            }
        }
        guard let id else { throw reader.missing("id", in: "bulletin", at: start) }
        guard let fileName else { throw reader.missing("fileName", in: "bulletin", at: start) }
        guard let byteCount else { throw reader.missing("byteCount", in: "bulletin", at: start) }
        guard let extractorVersion else { throw reader.missing("extractorVersion", in: "bulletin", at: start) }
        self.init(id: id, fileName: fileName, byteCount: byteCount, published: published, subject: subject,
                  title: title, extractorVersion: extractorVersion)
        self.publishedMonth = publishedMonth
    }
}
