import Foundation
import Hummingbird

/// A failed request as the API reports it: `{"error": {"status": 404, "message": "..."}}`.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// The JSON error response.
    var response: Response {
        var response = JSONResponse.make(bytes: jsonBody, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }

    /// The response's body: `{"error": {"message": …, "status": …}}`.
    var jsonBody: ByteBuffer {
        let body = Body(error: .init(status: status.code, message: message))
        return (try? JSONResponse.encode(body)) ?? ByteBuffer(string: #"{"error":{"status":\#(status.code)}}"# + "\n")
    }

    private struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }

        var error: Detail
    }
}
