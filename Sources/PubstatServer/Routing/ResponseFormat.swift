import Foundation
import Hummingbird
import PubstatAPI

/// How a list route answers: JSON by default, CSV on `format=csv` or `Accept: text/csv`.
///
/// `format` wins over `Accept`. In `Accept`, `text/csv` is chosen when its quality is above
/// JSON's (`application/json`, else a wildcard's), or equal to a wildcard's (`text/csv, */*`).
/// Anything else (no `Accept`, `*/*`, `text/html`) answers JSON.
enum ResponseFormat: String, Sendable, CaseIterable {
    case json, csv

    /// The query parameter that picks the format; every list route takes it.
    static let parameter = "format"
    static let csvContentType = "text/csv; charset=utf-8"

    /// The format `request` asks for; a `format` other than `json` or `csv` is a 400 naming it.
    init(_ request: Request) throws(APIError) {
        // Most requests name no format and accept anything: JSON, without reading the query.
        let accept = request.headers[values: .accept]
        if accept.isEmpty || accept == ["*/*"], !Self.named(in: request.uri.query) {
            self = .json
            return
        }
        if let text = QueryParameters(request.uri.query)[Self.parameter] {
            guard let format = ResponseFormat(rawValue: text.lowercased()) else {
                throw APIError(.badRequest, "format must be 'json' or 'csv', got '\(text)'")
            }
            self = format
        } else {
            self = Self.negotiate(accept: request.headers[values: .accept].joined(separator: ","))
        }
    }

    /// True when `query` has a parameter named ``parameter`` (percent-encoded or not).
    static func named(in query: String?) -> Bool {
        guard let query else { return false }
        return query.utf8.split(separator: UInt8(ascii: "&")).contains(where: { (pair: ArraySlice<UInt8>) -> Bool in
            let name = pair.prefix { $0 != UInt8(ascii: "=") }
            if name.elementsEqual(parameter.utf8) { return true }
            guard name.contains(UInt8(ascii: "%")) else { return false }
            return QueryParameters.decode(Substring(String(decoding: name, as: UTF8.self))) == parameter
        })
    }

    /// The format an `Accept` header value prefers.
    static func negotiate(accept: String) -> ResponseFormat {
        var csv = 0.0, json: Double?, wildcard = 0.0
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            switch type {
            case "text/csv": csv = max(csv, quality)
            case "application/json": json = max(json ?? 0, quality)
            case "*/*", "application/*": wildcard = max(wildcard, quality)
            default: continue
            }
        }
        guard csv > 0 else { return .json }
        if let json { return csv > json ? .csv : .json }
        return csv >= wildcard ? .csv : .json
    }

    /// `value` encoded in this format: JSON as ``JSONResponse`` writes it, or CSV with a byte-order mark.
    func encode<Value: Encodable & CSVRepresentable>(_ value: Value) throws -> ByteBuffer {
        switch self {
        case .json: try JSONResponse.encode(value)
        case .csv: ByteBuffer(bytes: CSVWriter.bytes(value.csvTable))
        }
    }

    /// A 200 answer with `bytes`; a CSV one is offered for saving as `<file>.csv`.
    func response(_ bytes: ByteBuffer, file: String) -> Response {
        switch self {
        case .json:
            return JSONResponse.make(bytes: bytes)
        case .csv:
            let headers: HTTPFields = [.contentType: Self.csvContentType, .contentDisposition: "attachment; filename=\"\(file).csv\""]
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
        }
    }
}
