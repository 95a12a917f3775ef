import Foundation
import Hummingbird

/// Encodes API answers: sorted keys, indented for reading with curl, one trailing newline.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    static func make<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return Response(
            status: status,
            headers: [.contentType: contentType],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
