import PubstatModel

/// An event with its ``EventPacking``, ready to fold.
///
/// The ingest pipeline folds every event into two copies of the projections
/// (`ProjectionPair`); folding the same prepared event into both makes them share the packed
/// values' storage instead of each copy deriving, and keeping, its own.
public struct PreparedEvent: Sendable {
    public let logged: LoggedEvent
    let packing: EventPacking

    /// `packing` must be `EventPacking(logged.event)` made earlier (on the intake threads);
    /// nil makes it now, keeping its packed records in `spill` when given.
    public init(_ logged: LoggedEvent, packing: EventPacking? = nil, spill: (any PackedRecordSpill)? = nil) {
        self.logged = logged
        self.packing = packing ?? EventPacking(logged.event, spill: spill)
    }

    var figureIDs: FigureIDList { packing.figureIDs }
    var figures: PackedFigures { packing.figures }
    var mentions: PackedMentions? { packing.mentions }
}
