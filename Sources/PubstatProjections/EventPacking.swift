import PubstatModel

/// What folding an event derives from the event alone: its figures packed and their ids, its
/// unclassified mentions packed. Made once per event, where it is cheapest: on the intake
/// threads beside extraction (``PreparedEvent/init(_:packing:)``), else when it is folded.
public struct EventPacking: Sendable {
    /// The ids of the event's figures (``FigureID/assign(bulletin:figures:)``), kept as their
    /// keys; empty for events without figures.
    let figureIDs: FigureIDList
    /// The event's figures, packed; empty for events without figures.
    let figures: PackedFigures
    /// The event's unclassified mentions, packed; nil when it states none.
    let mentions: PackedMentions?

    /// `spill`, when given, keeps the packed figures and mentions out of memory.
    public init(_ event: Event, spill: (any PackedRecordSpill)? = nil) {
        switch event {
        case .bulletinIngested(let e):
            figureIDs = FigureIDList(FigureID.assign(bulletin: e.bulletin.id, figures: e.figures))
            figures = PackedFigures(e.figures, spill: spill)
            mentions = Self.packed(e.unclassified, spill: spill)
        case .figuresRevised(let e):
            figureIDs = FigureIDList(FigureID.assign(bulletin: e.id, figures: e.figures))
            figures = PackedFigures(e.figures, spill: spill)
            mentions = Self.packed(e.unclassified, spill: spill)
        case .bulletinRejected, .figureCorrected, .figureConfirmed, .bulletinRetracted:
            figureIDs = FigureIDList([])
            figures = .empty
            mentions = nil
        }
    }

    private static func packed(_ mentions: [UnclassifiedMention]?, spill: (any PackedRecordSpill)?) -> PackedMentions? {
        guard let mentions, !mentions.isEmpty else { return nil }
        return PackedMentions(mentions, spill: spill)
    }
}
