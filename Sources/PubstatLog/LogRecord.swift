/// A record as stored, before its payload is decoded into an `Event`.
public struct LogRecord: Sendable {
    public var sequence: UInt64
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var timestampMicros: Int64
    /// The event's JSON (`{"type","v","data"}`), a slice of the segment read into memory.
    public var payload: ArraySlice<UInt8>
    /// The record's stored SHA-256 chain hash (32 bytes), not re-verified by replay.
    public var chainHash: ArraySlice<UInt8>

    /// ``chainHash`` as lowercase hex, as ``LogHead/headHash`` shows it.
    public var chainHashHex: String { hexString(chainHash) }
}
