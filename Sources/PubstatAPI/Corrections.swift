import PubstatModel

/// The body of `POST /v1/figures/{id}/correct`: a new value and/or fields, and why.
public struct CorrectionRequest: Hashable, Sendable, Codable {
    public var value: Double?
    public var fields: FigureAmendment?
    public var reason: String

    public init(value: Double? = nil, fields: FigureAmendment? = nil, reason: String) {
        self.value = value
        self.fields = fields
        self.reason = reason
    }
}

/// The body of `POST /v1/figures/{id}/confirm` (optional: `{}` or none).
public struct ConfirmationRequest: Hashable, Sendable, Codable {
    public var note: String?
    public init(note: String? = nil) { self.note = note }
}

/// The body of `POST /v1/bulletins/{id}/retract`.
public struct RetractionRequest: Hashable, Sendable, Codable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
}

/// The answer to a correction, confirmation or retraction: the event appended.
public struct ActReceipt: Hashable, Sendable, Codable {
    /// `figure.corrected`, `figure.confirmed` or `bulletin.retracted`.
    public var event: String
    public var sequence: UInt64
    public var at: Timestamp
    public var figure: FigureID?
    public var bulletin: BulletinID
    public var uid: UInt32
    public var user: String

    public init(event: String, sequence: UInt64, at: Timestamp, figure: FigureID?, bulletin: BulletinID, peer: Requester) {
        self.event = event
        self.sequence = sequence
        self.at = at
        self.figure = figure
        self.bulletin = bulletin
        self.uid = peer.uid
        self.user = peer.user
    }
}
