import PubstatModel

/// An event payload with the sequence and append time of its log record.
struct Stamped<Payload: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    var sequence: UInt64
    var at: Timestamp
    var event: Payload

    /// Whether the event had happened by the end of `asOf` (always, without a date).
    func happened(by asOf: CalendarDate?) -> Bool {
        asOf.map { at.date <= $0 } ?? true
    }
}
