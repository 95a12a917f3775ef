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
        let body = Body(error: .init(status: status.code, message: message))
        var response = (try? JSONResponse.make(body, status: status))
            ?? Response(status: status, headers: [.contentType: JSONResponse.contentType])
        for field in headers { response.headers.append(field) }
        return response
    }

    private struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }

        var error: Detail
    }
}
