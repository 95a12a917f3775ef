import Foundation
import Hummingbird
import PubstatProjections

/// The JSON bodies of the admin acts.
enum ActBody {
    static let maxBytes = 64 * 1024

    static func required<T: ActRequest>(_ type: T.Type, from request: Request) async throws -> T {
        guard let value = try await optional(type, from: request) else {
            throw APIError(.badRequest, "the request needs a JSON body, e.g. {\"reason\": \"…\"}")
        }
        return value
    }

    /// The body decoded, or nil when there is none.
    static func optional<T: ActRequest>(_ type: T.Type, from request: Request) async throws -> T? {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch {
            throw APIError(.contentTooLarge, "the body must be JSON of at most \(maxBytes) bytes")
        }
        guard buffer.readableBytes > 0 else { return nil }
        let data = Data(buffer.readableBytesView)
        try rejectUnknownMembers(data, T.members)
        do {
            return try APIJSON.decoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError(.badRequest, "\(snakeCase(key.stringValue)) is required in the JSON body")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw APIError(.badRequest, "\(name(context.codingPath)) has the wrong type in the JSON body: \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            throw APIError(.badRequest, "\(context.codingPath.isEmpty ? "the body" : name(context.codingPath)) is not valid: \(context.debugDescription)")
        } catch {
            throw APIError(.badRequest, "the body is not the JSON expected: \(error)")
        }
    }

    /// The members a body may have (the figure fields under `fields`); any other is a 400 naming it,
    /// as an unknown query parameter is.
    static let fieldMembers: Set<String> = [
        "indicator", "unit", "per", "kind", "period", "as_of", "jurisdiction", "value_high", "sector", "scope", "price_basis",
    ]

    private static func rejectUnknownMembers(_ data: Data, _ members: Set<String>) throws(APIError) {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return }  // the decoder says why
        if let unknown = object.keys.sorted().first(where: { !members.contains($0) }) {
            throw APIError(.badRequest, "\(unknown) is not a member of this body: it takes \(members.sorted().joined(separator: ", "))")
        }
        if let fields = object["fields"] as? [String: Any], let unknown = fields.keys.sorted().first(where: { !fieldMembers.contains($0) }) {
            throw APIError(.badRequest, "fields.\(unknown) is not a figure field a correction can change: \(fieldMembers.sorted().joined(separator: ", "))")
        }
        // null is no value of any member (the document says which type each takes): leave a member out instead.
        let fields = (object["fields"] as? [String: Any] ?? [:]).map { ("fields." + $0.key, $0.value) }
        if let null = (object.map { ($0.key, $0.value) } + fields).filter({ $0.1 is NSNull }).map(\.0).sorted().first {
            throw APIError(.badRequest, "\(null) is null in the JSON body: give it a value, or leave it out")
        }
    }

    /// `asOf` → `as_of`: keys as the body spells them.
    private static func snakeCase(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase, !out.isEmpty { out += "_" }
            out += character.lowercased()
        }
        return out
    }

    private static func name(_ path: [any CodingKey]) -> String {
        path.map { snakeCase($0.stringValue) }.joined(separator: ".")
    }

    /// A correction changes something and says why.
    static func check(_ body: CorrectionRequest) throws(APIError) {
        guard body.value != nil || !(body.fields?.isEmpty ?? true) else {
            throw APIError(.badRequest, "value or fields is required: give the corrected value and/or the corrected fields")
        }
        if let value = body.value, !value.isFinite { throw APIError(.badRequest, "value must be a finite number") }
        guard !body.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(.badRequest, "reason must say why the figure is corrected")
        }
    }
}

/// A body of an admin act, and the members it takes.
protocol ActRequest: Decodable {
    static var members: Set<String> { get }
}

extension CorrectionRequest: ActRequest {
    static var members: Set<String> { ["value", "fields", "reason"] }
}

extension ConfirmationRequest: ActRequest {
    static var members: Set<String> { ["note"] }
}

extension RetractionRequest: ActRequest {
    static var members: Set<String> { ["reason"] }
}
