/// A request the daemon understood but cannot carry out until an operator fixes something
/// (e.g. an extra indicator file with an error): the server answers 422 with `message`.
public struct QueryRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
