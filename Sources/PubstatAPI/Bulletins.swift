import PubstatModel

/// `GET /v1/bulletins`: one line per bulletin.
public struct BulletinSummary: Hashable, Sendable, Codable {
    public var id: BulletinID
    public var fileName: String
    public var published: CalendarDate?
    /// The month of publication when no day is known.
    public var publishedMonth: YearMonth?
    public var subject: Jurisdiction?
    public var title: String?
    /// Where the bulletin was published, from its sidecar.
    public var sourceURL: String?
    public var figureCount: Int
    /// Sequence number of the event that ingested it.
    public var sequence: UInt64
    public var extractorVersion: String

    public init(id: BulletinID, fileName: String, published: CalendarDate?, subject: Jurisdiction?, title: String?, figureCount: Int, sequence: UInt64, extractorVersion: String) {
        self.id = id
        self.fileName = fileName
        self.published = published
        self.subject = subject
        self.title = title
        self.figureCount = figureCount
        self.sequence = sequence
        self.extractorVersion = extractorVersion
    }
}

/// `GET /v1/bulletins`.
public struct BulletinList: Hashable, Sendable, Codable {
    public var bulletins: [BulletinSummary]
    public init(bulletins: [BulletinSummary]) { self.bulletins = bulletins }
}

/// `GET /v1/bulletins/{id}`: a bulletin with its figures and the text each came from.
public struct BulletinDetail: Hashable, Sendable, Codable {
    public var bulletin: BulletinSummary
    public var figures: [Figure]
    /// The document context the bulletin was ingested with (its sidecar), when it had one.
    public var context: DocumentContext?

    public init(bulletin: BulletinSummary, figures: [Figure], context: DocumentContext? = nil) {
        self.bulletin = bulletin
        self.figures = figures
        self.context = context
    }
}
