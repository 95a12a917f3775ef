import PubstatModel

/// What the series need of one ingested bulletin: when it became known, and its current figures
/// with their ids.
struct SeriesBulletin: Hashable, Sendable, Codable {
    /// The event that produced the current figures: the ingestion or the last revision.
    struct Extraction: Hashable, Sendable, Codable {
        var sequence: UInt64
        var at: Timestamp
        var extractorVersion: String
    }

    var info: BulletinInfo
    var sourceURL: String?
    var ingestedSequence: UInt64
    var ingestedAt: Timestamp
    var extraction: Extraction
    /// The current figures, in text order, packed: the catalog keeps the same buffer.
    var figures: PackedFigures
    /// The ids of ``figures``, in the same order (kept as their keys).
    var figureIDs: FigureIDList

    /// `figures` are the event's figures packed, `ids` their ``FigureID/assign(bulletin:figures:)``.
    init(_ event: BulletinIngested, figures: PackedFigures, ids: FigureIDList, sequence: UInt64, at: Timestamp) {
        info = event.bulletin
        sourceURL = event.context.sourceURL
        ingestedSequence = sequence
        ingestedAt = at
        extraction = Extraction(sequence: sequence, at: at, extractorVersion: event.bulletin.extractorVersion)
        self.figures = figures
        figureIDs = ids
    }

    /// A re-extraction's figures replace the current ones; ids stay for observations found again.
    mutating func revise(_ event: FiguresRevised, figures: PackedFigures, ids: FigureIDList, sequence: UInt64, at: Timestamp) {
        extraction = Extraction(sequence: sequence, at: at, extractorVersion: event.extractorVersion)
        self.figures = figures
        figureIDs = ids
    }

    /// The current figures with their ids.
    var identified: Zip2Sequence<FigureIDList, [Figure]> { zip(figureIDs, figures.figures) }

    /// The day from which the bulletin counts as known (see ``BulletinInfo/knownFrom(ingested:)``).
    var knownFrom: CalendarDate { info.knownFrom(ingested: ingestedAt) }

    func figure(_ id: FigureID) -> Figure? {
        figureIDs.firstIndex(of: id).map { figures.figures[$0] }
    }
}
