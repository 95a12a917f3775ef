import Foundation
import Hummingbird
import PubstatAPI

/// Encodes API answers: sorted keys, indented for reading with curl, one trailing newline.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    static func make<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        make(bytes: try encode(value), status: status)
    }

    /// The body ``make(_:status:)`` sends for `value`.
    static func encode<Value: Encodable>(_ value: Value) throws -> ByteBuffer {
        var data = try APIJSON.encoder().encode(value)
        data.append(0x0A)
        return ByteBuffer(bytes: data)
    }

    /// A JSON response with an encoded body.
    static func make(bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: bytes))
    }
}
