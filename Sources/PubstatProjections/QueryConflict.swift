/// A request the daemon cannot carry out now because the same work is in progress (a second
/// re-extraction while one runs): the server answers 409 with `message`.
public struct QueryConflict: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
