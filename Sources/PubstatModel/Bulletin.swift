/// A bulletin's identity: the lowercase hex SHA-256 of its bytes as dropped.
public struct BulletinID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Accepts 64 lowercase hex digits only.
    public init?(hex: String) {
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            return nil
        }
        rawValue = hex
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Hashes the first and last 16 bytes and the length of an ASCII ID (128 bits of a SHA-256
    /// are as good a hash as all 256, and IDs made up by tools differ at one end or the other:
    /// folding a large archive hashed these IDs for a tenth of its time); any other text as a
    /// string, so that equal IDs always hash alike.
    public func hash(into hasher: inout Hasher) {
        var text = rawValue
        let ends: (UInt64, UInt64, UInt64, UInt64, Int)? = text.withUTF8 { utf8 in
            guard utf8.count >= 32, utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            let raw = UnsafeRawBufferPointer(utf8)
            let tail = raw.count - 16
            return (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: tail, as: UInt64.self), raw.loadUnaligned(fromByteOffset: tail + 8, as: UInt64.self),
                    raw.count)
        }
        if let (a, b, c, d, count) = ends {
            hasher.combine(a)
            hasher.combine(b)
            hasher.combine(c)
            hasher.combine(d)
            hasher.combine(count)
        } else {
            hasher.combine(rawValue)
        }
    }

    /// Equal when the texts are equal as strings (as before ``hash(into:)`` was written out).
    public static func == (lhs: BulletinID, rhs: BulletinID) -> Bool { lhs.rawValue == rhs.rawValue }

    /// The first 12 hex digits, for tables and log lines.
    public var short: String { String(rawValue.prefix(12)) }
    public static func < (lhs: BulletinID, rhs: BulletinID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What is known about a bulletin apart from its figures.
public struct BulletinInfo: Hashable, Sendable, Codable {
    public var id: BulletinID
    /// The name the file had in the inbox.
    public var fileName: String
    public var byteCount: Int
    /// The publication date: the sidecar's, else the HTML page's, else the one printed in the text.
    public var published: CalendarDate?
    /// The month of publication when only the month is known (an archive's ` date YYYY-MM`
    /// line); nil when ``published`` is set.
    public var publishedMonth: YearMonth?
    /// The jurisdiction the bulletin is about, used for figures that name none.
    public var subject: Jurisdiction?
    /// The page's title, or the first headline-like line after the portal's chrome, when found.
    public var title: String?
    /// The version of the extractor that produced the figures.
    public var extractorVersion: String

    public init(
        id: BulletinID, fileName: String, byteCount: Int, published: CalendarDate?, subject: Jurisdiction?,
        title: String?, extractorVersion: String
    ) {
        self.id = id
        self.fileName = fileName
        self.byteCount = byteCount
        self.published = published
        self.subject = subject
        self.title = title
        self.extractorVersion = extractorVersion
    }
}
