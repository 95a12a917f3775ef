extension DocumentContext {
    /// Reads a sidecar (`<name>.meta.json`): a JSON object with the optional members
    /// `source_url`, `publisher`, `published` (`YYYY-MM-DD`) and `jurisdiction` (`level:Name`).
    /// Unknown members are ignored (a scraper may record more); `null` counts as absent.
    /// Throws a ``SidecarError`` naming the member and what is wrong with it.
    public static func sidecar(_ bytes: [UInt8]) throws(SidecarError) -> DocumentContext {
        do {
            return try bytes.withUnsafeBufferPointer { buffer in
                var reader = JSONReader(buffer)
                let context = try DocumentContext(json: &reader)
                try reader.finish()
                return context
            }
        } catch let error as JSONError where error.kind == .malformed {
            throw SidecarError(.notJSON("\(error)"))
        } catch {
            throw SidecarError(.invalid("\(error)"))
        }
    }

    /// Reads the object written by ``write(to:)``, which is the sidecar's shape.
    init(json reader: inout JSONReader) throws {
        var context = DocumentContext()
        let levels = Jurisdiction.Level.allCases.map(\.rawValue).joined(separator: ", ")
        try reader.readObject { r, key in
            switch key {
            case "source_url":
                let start = r.position
                guard let url = try r.readOptional({ try $0.readString() }) else { return }
                guard DocumentContext.host(of: url) != nil else {
                    throw r.mismatch("source_url \"\(url)\" is not an http:// or https:// URL with a host", at: start)
                }
                context.sourceURL = url
            case "publisher":
                context.publisher = try r.readOptional { try $0.readString() }
            case "published":
                let start = r.position
                guard let text = try r.readOptional({ try $0.readString() }) else { return }
                guard text.utf8.count == 10, let date = CalendarDate(iso: text) else {
                    throw r.mismatch("published \"\(text)\" is not a real date written YYYY-MM-DD", at: start)
                }
                context.published = date
            case "jurisdiction":
                let start = r.position
                guard let text = try r.readOptional({ try $0.readString() }) else { return }
                guard let j = Jurisdiction(text) else {
                    throw r.mismatch("jurisdiction \"\(text)\" is not level:Name with a level of \(levels) (e.g. province:Lai Châu)", at: start)
                }
                context.jurisdiction = j
            default:
                try r.skipValue()
            }
        }
        self = context
    }

    /// Writes the sidecar's shape, keys sorted, absent members omitted.
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if let jurisdiction { writer.key("jurisdiction"); writer.string(jurisdiction.description) }
        if let published { writer.key("published"); writer.string(published.description) }
        if let publisher { writer.key("publisher"); writer.string(publisher) }
        if let sourceURL { writer.key("source_url"); writer.string(sourceURL) }
        writer.endObject()
    }
}

/// Why a `<name>.meta.json` sidecar could not be used, in words a sysadmin can act on.
public struct SidecarError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Code: Hashable, Sendable {
        case notJSON(String)
        case invalid(String)
    }

    private let code: Code

    fileprivate init(_ code: Code) { self.code = code }

    public var description: String {
        switch code {
        case .notJSON(let detail):
            "the sidecar is not valid JSON (\(detail)); write it as one JSON object"
        case .invalid(let detail):
            "the sidecar does not match its shape: \(detail); expected a JSON object with the optional strings source_url (http/https URL), publisher, published (YYYY-MM-DD) and jurisdiction (level:Name)"
        }
    }
}
