/// An object key as read by ``JSONReader``: the raw bytes when it has no escapes (the usual
/// case, no allocation), else the decoded bytes. Match it against literals in a `switch`.
enum JSONKey {
    case raw(UnsafeBufferPointer<UInt8>)
    case decoded([UInt8])

    /// The key (or string value) as a `String`.
    var text: String {
        switch self {
        case .raw(let bytes): String(decoding: bytes, as: UTF8.self)
        case .decoded(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        switch key {
        case .raw(let bytes): matches(pattern, bytes)
        case .decoded(let bytes): bytes.withUnsafeBufferPointer { matches(pattern, $0) }
        }
    }

    @inline(__always)
    private static func matches(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        let literal = pattern.utf8Start
        for i in 0..<count where base[i] != literal[i] { return false }
        return true
    }
}
