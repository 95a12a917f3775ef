/// The text of one `sd_notify` datagram: newline-separated `KEY=value` assignments.
///
/// Values are forced onto one line, since a newline would start a new assignment.
struct NotifyMessage: Sendable {
    private(set) var assignments: [(key: String, value: String)] = []

    init(_ assignments: (key: String, value: String)...) {
        for assignment in assignments { append(assignment.key, assignment.value) }
    }

    mutating func append(_ key: String, _ value: String) {
        assignments.append((key, Self.singleLine(value)))
    }

    /// `READY=1\nSTATUS=...`, as `sd_notify` expects.
    var text: String {
        assignments.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
    }

    static func singleLine(_ value: String) -> String {
        String(value.map { $0.isNewline ? " " : $0 })
    }
}
