/// A fact appended to the log. The log is the single source of truth: every projection is a
/// fold over these events, in sequence order.
///
/// Each case has a stable `type` name and a schema version; `Events/` documents every pair.
/// Old versions are upcast when decoded, never rewritten on disk.
public enum Event: Hashable, Sendable {
    case bulletinIngested(BulletinIngested)
    case bulletinRejected(BulletinRejected)
    case figuresRevised(FiguresRevised)
    case figureCorrected(FigureCorrected)
    case figureConfirmed(FigureConfirmed)
    case bulletinRetracted(BulletinRetracted)

    /// The event's type name in the log, e.g. `bulletin.ingested`.
    public var type: String {
        switch self {
        case .bulletinIngested: BulletinIngested.type
        case .bulletinRejected: BulletinRejected.type
        case .figuresRevised: FiguresRevised.type
        case .figureCorrected: FigureCorrected.type
        case .figureConfirmed: FigureConfirmed.type
        case .bulletinRetracted: BulletinRetracted.type
        }
    }

    /// The bulletin the event is about.
    public var bulletinID: BulletinID {
        switch self {
        case .bulletinIngested(let e): e.bulletin.id
        case .bulletinRejected(let e): e.id
        case .figuresRevised(let e): e.id
        case .figureCorrected(let e): e.bulletinID
        case .figureConfirmed(let e): e.bulletinID
        case .bulletinRetracted(let e): e.id
        }
    }
}

/// A bulletin was read and its figures extracted (`bulletin.ingested`, version 2; version 1,
/// which had no `context`, is upcast with an empty one).
public struct BulletinIngested: Hashable, Sendable, Codable {
    public static let type = "bulletin.ingested"
    public static let version = 2

    public var bulletin: BulletinInfo
    public var figures: [Figure]
    /// The document context given with the bulletin (its sidecar), reused on re-extraction.
    public var context: DocumentContext
    /// Numbers with a unit that no indicator took; nil (absent in the log) when there are none.
    public var unclassified: [UnclassifiedMention]?

    public init(bulletin: BulletinInfo, figures: [Figure], context: DocumentContext = DocumentContext(),
                unclassified: [UnclassifiedMention] = []) {
        self.bulletin = bulletin
        self.figures = figures
        self.context = context
        self.unclassified = unclassified.isEmpty ? nil : unclassified
    }
}

/// A file could not be read as a bulletin (`bulletin.rejected`, version 1). Recording the
/// rejection makes it idempotent: the same bytes dropped again are recognised.
public struct BulletinRejected: Hashable, Sendable, Codable {
    public static let type = "bulletin.rejected"
    public static let version = 1

    public var id: BulletinID
    public var fileName: String
    public var byteCount: Int
    /// A stable machine-readable code, e.g. `binary_content`.
    public var code: RejectionCode
    /// Why, in words a person understands.
    public var reason: String

    public init(id: BulletinID, fileName: String, byteCount: Int, code: RejectionCode, reason: String) {
        self.id = id
        self.fileName = fileName
        self.byteCount = byteCount
        self.code = code
        self.reason = reason
    }
}

/// A newer extractor read an already ingested bulletin again (`figures.revised`, version 1).
/// `figures` replaces the bulletin's previous figures; the earlier events stay in the log.
public struct FiguresRevised: Hashable, Sendable, Codable {
    public static let type = "figures.revised"
    public static let version = 1

    public var id: BulletinID
    public var extractorVersion: String
    public var figures: [Figure]
    /// The bulletin's unclassified mentions by this extractor, replacing the earlier ones;
    /// nil (absent in the log) when there are none.
    public var unclassified: [UnclassifiedMention]?

    public init(id: BulletinID, extractorVersion: String, figures: [Figure], unclassified: [UnclassifiedMention] = []) {
        self.id = id
        self.extractorVersion = extractorVersion
        self.figures = figures
        self.unclassified = unclassified.isEmpty ? nil : unclassified
    }
}

/// An event as stored: with its sequence number and the time it was appended.
public struct LoggedEvent: Hashable, Sendable {
    /// 1-based, gapless, increasing.
    public var sequence: UInt64
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var timestampMicros: Int64
    public var event: Event

    public init(sequence: UInt64, timestampMicros: Int64, event: Event) {
        self.sequence = sequence
        self.timestampMicros = timestampMicros
        self.event = event
    }
}
