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

/// When an answer was produced: the published sequence, the version of what it read
/// (``Projections/version(of:)``) and the generation of the projections. A cached answer is
/// valid while its inputs' version and the generation are the same.
public struct AnswerStamp: Hashable, Sendable {
    /// The last sequence folded into the projections answered from.
    public var head: UInt64
    /// The sequence of the last event that changed the answer's inputs (at most ``head``).
    public var version: UInt64
    /// How many times the projections were rebuilt from the log since start: a rebuild may
    /// change answers without moving any sequence, so it outdates every answer before it.
    public var generation: UInt64

    public init(head: UInt64, version: UInt64, generation: UInt64 = 0) {
        self.head = head
        self.version = version
        self.generation = generation
    }

    /// True when an answer stamped `other` reads the same as one stamped with this.
    public func answersAlike(_ other: AnswerStamp) -> Bool {
        generation == other.generation && version == other.version
    }

    /// True when this stamp's answer is older than `other`'s.
    public func precedes(_ other: AnswerStamp) -> Bool {
        (generation, version) < (other.generation, other.version)
    }
}
