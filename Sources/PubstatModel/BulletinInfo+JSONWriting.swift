extension BulletinInfo {
    /// Writes the object the synthesized `Codable` conformance writes, keys sorted, absent
    /// optionals omitted.
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("byteCount"); writer.int(byteCount)
        writer.key("extractorVersion"); writer.string(extractorVersion)
        writer.key("fileName"); writer.string(fileName)
        writer.key("id"); writer.string(id.rawValue)
        if let published { writer.key("published"); writer.string(published.description) }
        if let publishedMonth { writer.key("publishedMonth"); writer.string(publishedMonth.description) }
        if let subject { writer.key("subject"); writer.string(subject.description) }
        if let title { writer.key("title"); writer.string(title) }
        writer.endObject()
    }
}
