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
    /// When its `bulletin.ingested` event was appended to the log.
    public var ingestedAt: Timestamp?
    /// Set when a person retracted the bulletin: its figures are in no projection since.
    public var retracted: RetractionRecord?

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

/// `GET /v1/bulletins/{id}`: a bulletin with its figures and the text each came from. Each
/// figure is served with its ``FigureID`` (`id`), the handle of `GET /v1/figures/{id}`.
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

    /// The ids of ``figures``, in their order.
    public var figureIDs: [FigureID] { FigureID.assign(bulletin: bulletin.id, figures: figures) }

    enum CodingKeys: String, CodingKey {
        case bulletin, figures, context
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bulletin, forKey: .bulletin)
        try container.encode(zip(figureIDs, figures).map { IdentifiedFigure(id: $0, figure: $1) }, forKey: .figures)
        try container.encodeIfPresent(context, forKey: .context)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bulletin = try container.decode(BulletinSummary.self, forKey: .bulletin)
        figures = try container.decode([IdentifiedFigure].self, forKey: .figures).map(\.figure)
        context = try container.decodeIfPresent(DocumentContext.self, forKey: .context)
    }
}

/// A figure with its id: the figure's own keys and `id` in one object.
public struct IdentifiedFigure: Hashable, Sendable, Codable {
    public var id: FigureID
    public var figure: Figure

    public init(id: FigureID, figure: Figure) {
        self.id = id
        self.figure = figure
    }

    private enum IDKey: String, CodingKey { case id }

    public func encode(to encoder: any Encoder) throws {
        try figure.encode(to: encoder)
        var container = encoder.container(keyedBy: IDKey.self)
        try container.encode(id, forKey: .id)
    }

    public init(from decoder: any Decoder) throws {
        figure = try Figure(from: decoder)
        id = try decoder.container(keyedBy: IDKey.self).decode(FigureID.self, forKey: .id)
    }
}
