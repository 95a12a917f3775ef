import PubstatModel

/// Reads a bulletin's bytes and returns its figures. Pure: no I/O.
public struct BulletinExtractor: Sendable {
    /// Recorded on every event, so re-extraction knows what produced a figure.
    public static let version = "0.0.1"

    public init() {}

    /// Decodes `bytes` (UTF-8/16, Windows-1258, HTML) and extracts every figure.
    /// Throws when the bytes are not a readable bulletin.
    public func extract(bytes: [UInt8], fileName: String) throws(BulletinRejection) -> ExtractedBulletin {
        if bytes.contains(0) {
            throw BulletinRejection(code: "binary_content", reason: "the file contains NUL bytes: it is binary, not a text or HTML bulletin")
        }
        return ExtractedBulletin(published: nil, subject: nil, title: nil, figures: [])
    }
}

/// What extraction found in one bulletin.
public struct ExtractedBulletin: Hashable, Sendable {
    public var published: CalendarDate?
    /// The jurisdiction the bulletin is about.
    public var subject: Jurisdiction?
    public var title: String?
    public var figures: [Figure]

    public init(published: CalendarDate?, subject: Jurisdiction?, title: String?, figures: [Figure]) {
        self.published = published
        self.subject = subject
        self.title = title
        self.figures = figures
    }
}

/// Why a file is not a bulletin, with a stable code and words a person understands.
public struct BulletinRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let reason: String

    public init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
}
