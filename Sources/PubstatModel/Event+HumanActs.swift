/// A person corrected a figure (`figure.corrected`, version 1): a new value and/or fields, and
/// why. The extracted figure stays in the log; projections show the correction over it, and a
/// later extraction never replaces it.
public struct FigureCorrected: Hashable, Sendable, Codable {
    public static let type = "figure.corrected"
    public static let version = 1

    public var bulletinID: BulletinID
    public var figureID: FigureID
    /// The corrected value, in the figure's (possibly corrected) unit; nil leaves the value.
    public var value: Double?
    /// Corrected fields; nil when only the value changes.
    public var fields: FigureAmendment?
    /// The whole figure as corrected, so the correction stands even if re-extraction no longer finds the figure.
    public var figure: Figure
    public var reason: String
    public var peer: Requester

    public init(bulletinID: BulletinID, figureID: FigureID, value: Double?, fields: FigureAmendment?, figure: Figure, reason: String, peer: Requester) {
        self.bulletinID = bulletinID
        self.figureID = figureID
        self.value = value
        self.fields = fields
        self.figure = figure
        self.reason = reason
        self.peer = peer
    }

    /// `figure` with this correction's value and fields.
    public func applied(to figure: Figure) -> Figure {
        var out = fields?.applied(to: figure) ?? figure
        if let value { out.value = value }
        return out
    }
}

/// A person checked a figure against its bulletin and found it right (`figure.confirmed`, version 1).
public struct FigureConfirmed: Hashable, Sendable, Codable {
    public static let type = "figure.confirmed"
    public static let version = 1

    public var bulletinID: BulletinID
    public var figureID: FigureID
    public var note: String?
    public var peer: Requester

    public init(bulletinID: BulletinID, figureID: FigureID, note: String?, peer: Requester) {
        self.bulletinID = bulletinID
        self.figureID = figureID
        self.note = note
        self.peer = peer
    }
}

/// A person withdrew a bulletin (`bulletin.retracted`, version 1): its figures leave every
/// projection; its events stay in the log and in the history of the series.
public struct BulletinRetracted: Hashable, Sendable, Codable {
    public static let type = "bulletin.retracted"
    public static let version = 1

    public var id: BulletinID
    public var reason: String
    public var peer: Requester

    public init(id: BulletinID, reason: String, peer: Requester) {
        self.id = id
        self.reason = reason
        self.peer = peer
    }
}
