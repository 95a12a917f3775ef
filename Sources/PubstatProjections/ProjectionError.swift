/// Why a projection cannot fold an event. Projections never skip an event: a gap is an error.
public struct ProjectionError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case gap(expected: UInt64, got: UInt64)
    }

    private let code: Code

    /// The log skipped sequence numbers between two events.
    public static func gap(expected: UInt64, got: UInt64) -> ProjectionError { ProjectionError(code: .gap(expected: expected, got: got)) }

    public var description: String {
        switch code {
        case .gap(let expected, let got):
            "projection expected event \(expected) but got \(got): the log has a gap; run `pubstatctl verify`"
        }
    }
}
