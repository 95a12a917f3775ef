import PubstatModel

/// What one bulletin said about one point (an observation), and what people did to it.
public struct Vintage: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// The point's current value.
        case current
        /// In effect but not first by the precedence rule.
        case superseded
        /// Its bulletin was retracted (shown only with `history=true`).
        case retracted
    }

    public var figureID: FigureID
    public var bulletin: BulletinID
    public var fileName: String
    public var published: CalendarDate?
    public var publishedMonth: YearMonth?
    /// The day from which the vintage counts as known, for `asOf` and the precedence rule: the
    /// publication date; else the last day of the publication month; else the ingestion date (UTC).
    public var knownFrom: CalendarDate
    /// The `bulletin.ingested` event of its bulletin: sequence and append time.
    public var ingestedSequence: UInt64
    public var ingestedAt: Timestamp
    public var kind: FigureKind
    public var value: Double?
    public var valueHigh: Double?
    public var unit: MeasureUnit?
    public var per: String?
    public var quote: String
    /// The correction in effect, when a person corrected the figure (value and fields above include it).
    public var correction: CorrectionRecord?
    /// How many times people confirmed the figure.
    public var confirmations: Int
    public var status: Status

    public init(figureID: FigureID, bulletin: BulletinID, fileName: String, knownFrom: CalendarDate, ingestedSequence: UInt64,
                ingestedAt: Timestamp, figure: Figure) {
        self.figureID = figureID
        self.bulletin = bulletin
        self.fileName = fileName
        self.knownFrom = knownFrom
        self.ingestedSequence = ingestedSequence
        self.ingestedAt = ingestedAt
        self.kind = figure.kind
        self.value = figure.value
        self.valueHigh = figure.valueHigh
        self.unit = figure.unit
        self.per = figure.per
        self.quote = figure.quote
        self.confirmations = 0
        self.status = .current
    }
}
