import PubstatProjections

/// One published state of the read model: the projections after a durable fold, and intake's
/// counters at that moment. Immutable once published; queries answer from it without waiting
/// on intake.
public struct ReadModelView: Sendable {
    /// Every event of the log up to ``sequence``, folded.
    public var projections: Projections
    /// Files dropped again with content already in the log, since start.
    public var duplicates: Int
    /// Files moved to failed/ without a log record, since start.
    public var rejectedUnlogged: Int
    /// How many times the projections were rebuilt from the log since start (``AnswerStamp/generation``).
    public var generation: UInt64

    /// The last sequence folded into ``projections`` (0 for an empty log).
    public var sequence: UInt64 { projections.lastSequence }

    public init(projections: Projections, duplicates: Int = 0, rejectedUnlogged: Int = 0, generation: UInt64 = 0) {
        self.projections = projections
        self.duplicates = duplicates
        self.rejectedUnlogged = rejectedUnlogged
        self.generation = generation
    }

    /// The stamp of an answer reading `inputs` of this view.
    public func stamp(of inputs: AnswerInputs) -> AnswerStamp {
        var stamp = projections.stamp(of: inputs)
        stamp.generation = generation
        return stamp
    }
}
