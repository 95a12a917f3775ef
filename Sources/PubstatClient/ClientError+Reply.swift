import Foundation

extension ClientError {
    /// The error an unsuccessful reply stands for: the daemon's JSON `{"error": {"status", "message"}}`
    /// as ``ClientError/server(status:message:)``, or the start of the body when it is not that JSON.
    public init(reply: HTTPReply) {
        struct Body: Decodable {
            struct Detail: Decodable { var status: Int?; var message: String }
            var error: Detail
        }
        if let body = try? JSONDecoder().decode(Body.self, from: Data(reply.body)) {
            self = .server(status: body.error.status ?? reply.status, message: body.error.message)
            return
        }
        let text = reply.text.trimmingCharacters(in: .whitespacesAndNewlines)
        self = .server(status: reply.status, message: text.isEmpty ? "no message" : String(text.prefix(200)))
    }
}
