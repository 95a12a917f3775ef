/// Why a person's act was refused; the API answers with ``status`` and ``message``.
public struct ActRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Status: Int, Hashable, Sendable {
        case notFound = 404
        case conflict = 409
    }

    public var status: Status
    public var message: String

    public init(status: Status, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }
}
