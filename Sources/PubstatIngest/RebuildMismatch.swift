/// A rebuild's projections, caught up with the log, did not end at the sequence the running
/// projections had folded: the log and the running projections disagree about the head. Nothing
/// is replaced; the running projections stay.
public struct RebuildMismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// The last sequence the rebuilt projections folded (the log's head).
    public var rebuilt: UInt64
    /// The last sequence the running projections had folded.
    public var running: UInt64

    public var description: String {
        "the rebuilt projections end at event \(rebuilt) but the running ones at \(running); nothing was replaced. "
            + "Check the log with `pubstatctl verify` and restart pubstatd, which folds the log again"
    }
}
