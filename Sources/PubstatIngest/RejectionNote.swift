import Foundation
import PubstatModel

/// The `<name>.reason.json` written beside a file moved to `failed/`.
public struct RejectionNote: Hashable, Sendable, Codable {
    public var file: String
    /// Hex SHA-256 of the file's bytes, when they could be read.
    public var sha256: String?
    /// A stable code, e.g. `binary_content`, `empty_file`, `malformed_sidecar`.
    public var code: RejectionCode
    /// Why, in words a person understands.
    public var reason: String
    /// What to do about it.
    public var hint: String
    /// ISO 8601 time of the rejection.
    public var rejectedAt: String

    public init(file: String, sha256: String?, code: RejectionCode, reason: String, hint: String, rejectedAt: Date = Date()) {
        self.file = file
        self.sha256 = sha256
        self.code = code
        self.reason = reason
        self.hint = hint
        self.rejectedAt = ISO8601DateFormatter().string(from: rejectedAt)
    }

    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? [UInt8](encoder.encode(self))) ?? Array("{}".utf8)
    }
}
