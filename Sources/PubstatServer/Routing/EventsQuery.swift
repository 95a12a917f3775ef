import Foundation

/// The parameters of `GET /v1/events`: `after` (a sequence, default 0: from the start),
/// `limit` (1 … 10000, default 1000: lines per answer, or per page of a follower's backlog)
/// and `follow` (`true`/`false`, default false: keep streaming as events are appended).
struct EventsQuery {
    static let defaultLimit = 1_000
    static let maxLimit = 10_000

    var after: UInt64 = 0
    var limit = defaultLimit
    var follow = false

    init(_ parameters: QueryParameters) throws(APIError) {
        if let text = parameters["after"] {
            guard let after = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
                throw APIError(.badRequest, "after must be a sequence number (0 or more; 0 means from the first event), got '\(text)'")
            }
            self.after = after
        }
        if let text = parameters["limit"] {
            guard let limit = Int(text.trimmingCharacters(in: .whitespaces)), (1...Self.maxLimit).contains(limit) else {
                throw APIError(.badRequest, "limit must be a number from 1 to \(Self.maxLimit), got '\(text)'")
            }
            self.limit = limit
        }
        if let text = parameters["follow"] {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1", "": follow = true
            case "false", "0": follow = false
            default: throw APIError(.badRequest, "follow must be true or false, got '\(text)'")
            }
        }
    }
}
