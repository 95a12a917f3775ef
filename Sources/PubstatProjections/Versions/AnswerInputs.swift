import PubstatModel

/// What an answer of the API reads of the projections, so that it can be cached for as long as
/// that does not change (``Projections/version(of:)``) rather than only until the next event.
public enum AnswerInputs: Sendable {
    /// Anything: the answer is valid for one published sequence only.
    case everything
    /// The budget years of one year (nil: every year) and, with a selection, of those places only.
    case budget(year: Int?, places: PlaceSelection?)
    /// The series of one indicator and, with a selection, of those places only (any period, as-of date, history).
    case series(Indicator, places: PlaceSelection?)
}

/// When an answer was produced: the published sequence, and the version of what it read
/// (``Projections/version(of:)``). A cached answer is valid while its inputs' version is the same.
public struct AnswerStamp: Hashable, Sendable {
    /// The last sequence folded into the projections answered from.
    public var head: UInt64
    /// The sequence of the last event that changed the answer's inputs (at most ``head``).
    public var version: UInt64

    public init(head: UInt64, version: UInt64) {
        self.head = head
        self.version = version
    }
}
