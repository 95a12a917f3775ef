import PubstatModel

/// An event with what its fold derives from the event alone (its packed figures and their ids,
/// its packed unclassified mentions), worked out once.
///
/// The ingest pipeline folds every event into two copies of the projections
/// (`ProjectionPair`); folding the same prepared event into both makes them share these values'
/// storage instead of each copy deriving, and keeping, its own.
public struct PreparedEvent: Sendable {
    public let logged: LoggedEvent
    /// The ids of the event's figures (``FigureID/assign(bulletin:figures:)``); empty for
    /// events without figures.
    let figureIDs: [FigureID]
    /// The event's figures, packed; empty for events without figures.
    let figures: PackedFigures
    /// The event's unclassified mentions, packed; nil when it states none.
    let mentions: PackedMentions?

    public init(_ logged: LoggedEvent) {
        self.logged = logged
        switch logged.event {
        case .bulletinIngested(let e):
            figureIDs = FigureID.assign(bulletin: e.bulletin.id, figures: e.figures)
            figures = PackedFigures(e.figures)
            mentions = Self.packed(e.unclassified)
        case .figuresRevised(let e):
            figureIDs = FigureID.assign(bulletin: e.id, figures: e.figures)
            figures = PackedFigures(e.figures)
            mentions = Self.packed(e.unclassified)
        case .bulletinRejected, .figureCorrected, .figureConfirmed, .bulletinRetracted:
            figureIDs = []
            figures = .empty
            mentions = nil
        }
    }

    private static func packed(_ mentions: [UnclassifiedMention]?) -> PackedMentions? {
        guard let mentions, !mentions.isEmpty else { return nil }
        return PackedMentions(mentions)
    }
}
