import PubstatModel
import PubstatProjections

/// The ingest pipeline's projections, kept as two copies so that publishing them costs no copy.
///
/// A published view shares its storage with the pipeline's projections; the next fold used to
/// copy every dictionary of every projection (retaining each bulletin's figures), and the
/// superseded view freed them again: work proportional to the archive at every publication,
/// most of a back-fill's CPU at 10,000 bulletins. Instead, the copy published last time (which
/// readers have let go of since) becomes the one folded into, after it has caught up with the
/// events it missed: each event is folded twice, and nothing is copied unless a reader still
/// holds a view from two publications ago. Pure.
struct ProjectionPair: Sendable {
    /// Every event folded so far: what intake and re-extraction decide by, and what is published.
    private(set) var current: Projections
    /// The copy published before ``current`` was, once ``published()`` said so; it lacks ``lag``.
    private var spare: Projections?
    /// The events folded into ``current`` since ``spare`` was published, oldest first.
    private var lag: [PreparedEvent] = []
    /// True when ``current`` was published and shares its storage with the read model.
    private var shared = false
    /// Where events prepared here keep their packed records (nil: in memory).
    let spill: (any PackedRecordSpill)?

    init(_ projections: Projections, spill: (any PackedRecordSpill)? = nil) {
        current = projections
        self.spill = spill
    }

    /// Notes that ``current`` was just handed to readers.
    mutating func published() {
        shared = true
    }

    /// Folds one event; throws when it does not directly follow the last one folded.
    /// The event is prepared once for both copies, so that they share what it derives;
    /// `packing`, when given, is its ``EventPacking`` made beforehand.
    mutating func apply(_ logged: LoggedEvent, packing: EventPacking? = nil) throws(ProjectionError) {
        if shared { takeSpare() }
        let prepared = PreparedEvent(logged, packing: packing, spill: spill)
        try current.apply(prepared)
        if spare != nil { lag.append(prepared) }
    }

    /// Folds into the spare copy from now on, after folding in the events it missed; the
    /// published copy becomes the spare.
    private mutating func takeSpare() {
        shared = false
        guard var next = spare else {
            // The first publication: no spare yet. This fold copies once; the copy published
            // now becomes the spare.
            spare = current
            lag.removeAll()
            return
        }
        spare = nil  // `next` is then the only reference, unless a reader still holds it
        for prepared in lag {
            do {
                try next.apply(prepared)
            } catch {
                preconditionFailure("the spare projections missed an event: \(error)")
            }
        }
        lag.removeAll(keepingCapacity: true)
        spare = current
        current = next
    }
}
