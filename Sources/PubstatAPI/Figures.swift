import PubstatModel

/// `GET /v1/figures/{id}`: where a figure comes from, and everything known about its observation.
public struct FigureExplanation: Hashable, Sendable, Codable {
    public var id: FigureID
    /// The figure as it stands: the latest extraction with the correction in effect applied.
    public var figure: Figure
    /// The figure as the extractor last read it, when a correction changed it.
    public var extracted: Figure?
    public var bulletin: ExplainedBulletin
    /// The extractor that produced the figure, and the event that recorded it.
    public var extractorVersion: String
    public var extractedSequence: UInt64
    public var extractedAt: Timestamp
    /// Every correction and confirmation of this figure, oldest first.
    public var corrections: [CorrectionRecord]
    public var confirmations: [ConfirmationRecord]
    /// Set when an extraction after the correction gives another value, or no longer finds the figure.
    public var disagreementReason: String?
    /// Every vintage of the same observation (indicator, jurisdiction, period …), this one included,
    /// current first.
    public var vintages: [Vintage]

    public init(id: FigureID, figure: Figure, bulletin: ExplainedBulletin, extractorVersion: String, extractedSequence: UInt64,
                extractedAt: Timestamp, vintages: [Vintage]) {
        self.id = id
        self.figure = figure
        self.bulletin = bulletin
        self.extractorVersion = extractorVersion
        self.extractedSequence = extractedSequence
        self.extractedAt = extractedAt
        self.corrections = []
        self.confirmations = []
        self.vintages = vintages
    }
}

/// The bulletin of an explained figure.
public struct ExplainedBulletin: Hashable, Sendable, Codable {
    public var id: BulletinID
    public var fileName: String
    public var title: String?
    public var published: CalendarDate?
    public var publishedMonth: YearMonth?
    public var sourceURL: String?
    public var ingestedSequence: UInt64
    public var ingestedAt: Timestamp
    /// Set when the bulletin was retracted: its figures are in no projection since.
    public var retracted: RetractionRecord?

    public init(id: BulletinID, fileName: String, ingestedSequence: UInt64, ingestedAt: Timestamp) {
        self.id = id
        self.fileName = fileName
        self.ingestedSequence = ingestedSequence
        self.ingestedAt = ingestedAt
    }
}

/// A `figure.corrected` event as the API shows it.
public struct CorrectionRecord: Hashable, Sendable, Codable {
    public var sequence: UInt64
    public var at: Timestamp
    public var value: Double?
    public var fields: FigureAmendment?
    public var reason: String
    public var uid: UInt32
    public var user: String

    public init(sequence: UInt64, at: Timestamp, value: Double?, fields: FigureAmendment?, reason: String, peer: Requester) {
        self.sequence = sequence
        self.at = at
        self.value = value
        self.fields = fields
        self.reason = reason
        self.uid = peer.uid
        self.user = peer.user
    }
}

/// A `figure.confirmed` event as the API shows it.
public struct ConfirmationRecord: Hashable, Sendable, Codable {
    public var sequence: UInt64
    public var at: Timestamp
    public var note: String?
    public var uid: UInt32
    public var user: String

    public init(sequence: UInt64, at: Timestamp, note: String?, peer: Requester) {
        self.sequence = sequence
        self.at = at
        self.note = note
        self.uid = peer.uid
        self.user = peer.user
    }
}

/// A `bulletin.retracted` event as the API shows it.
public struct RetractionRecord: Hashable, Sendable, Codable {
    public var sequence: UInt64
    public var at: Timestamp
    public var reason: String
    public var uid: UInt32
    public var user: String

    public init(sequence: UInt64, at: Timestamp, reason: String, peer: Requester) {
        self.sequence = sequence
        self.at = at
        self.reason = reason
        self.uid = peer.uid
        self.user = peer.user
    }

    /// The peer who retracted.
    public var peer: Requester { Requester(uid: uid, user: user) }
}
