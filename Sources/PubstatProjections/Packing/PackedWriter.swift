import PubstatModel

/// Appends values to a byte buffer for the projections' packed records: LEB128 varints
/// (signed ones zig-zag encoded), doubles by bit pattern, strings as length and UTF-8 bytes,
/// or, with ``text(_:)``, a string seen before in the same record by its number.
///
/// Packed records keep what the read side serves in a fraction of the memory of the model
/// structs (a `Figure` is ~450 bytes inline, most of it absent optionals); ``PackedReader``
/// reads them back exactly.
struct PackedWriter: BinaryModelWriting {
    private(set) var bytes: [UInt8] = []
    /// The strings written with ``text(_:)`` so far, numbered from 1 in the order written.
    private var seen: [ExactText: UInt64] = [:]

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string that may repeat within the record (a quote stated by several mentions, an
    /// indicator or place of several figures): its number when it was written before, else 0
    /// and the string.
    mutating func text(_ value: String) {
        let key = ExactText(text: value)
        if let number = seen[key] {
            varint(number)
            return
        }
        varint(0)
        string(value)
        if seen.isEmpty { seen.reserveCapacity(64) }
        seen[key] = UInt64(seen.count + 1)
    }

    /// An enumeration case by its position among all cases: packed records are made and read
    /// by the same process, never stored.
    mutating func position<Value: CaseIterable & Equatable>(_ value: Value) {
        guard let index = Value.allCases.firstIndex(of: value) else { preconditionFailure("a case outside allCases") }
        varint(UInt64(Value.allCases.distance(from: Value.allCases.startIndex, to: index)))
    }

    /// The bytes written, in a buffer of exactly their size (no growth slack kept).
    func finished() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            _ = buffer.initialize(from: bytes)
            count = bytes.count
        }
    }
}
