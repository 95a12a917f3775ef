import PubstatModel

/// A bulletin's figure ids, in order, kept as their 8-byte observation keys: every id that
/// ``FigureID/assign(bulletin:figures:)`` makes is `<12 hex digits of the bulletin>-<16 hex
/// digits of the key>`, then `-N` for a repeated key, so the bulletin's digits are kept once and
/// each id is read back by spelling its key. As `[FigureID]` each id was a 29-to-31-byte heap
/// string (~1.8 kB a bulletin on the generated corpus); here ~8 bytes. A list whose ids are not
/// all of that form (never made by `assign`) keeps them as they are.
struct FigureIDList: RandomAccessCollection, Hashable, Sendable, Codable {
    private enum Storage: Hashable, Sendable {
        /// `occurrences` is empty when no key repeats, else has one entry a key (1 for none).
        case keys(prefix: String, keys: [UInt64], occurrences: [UInt16])
        case ids([FigureID])
    }

    private let storage: Storage

    init(_ ids: [FigureID]) {
        storage = Self.compact(ids) ?? .ids(ids)
    }

    /// True when the ids are kept as keys (tests).
    var isCompact: Bool {
        if case .keys = storage { return true }
        return false
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        switch storage {
        case .keys(_, let keys, _): keys.count
        case .ids(let ids): ids.count
        }
    }

    subscript(position: Int) -> FigureID {
        switch storage {
        case .ids(let ids):
            return ids[position]
        case .keys(let prefix, let keys, let occurrences):
            return Self.id(prefix: prefix, key: keys[position], occurrence: occurrences.isEmpty ? 1 : occurrences[position])
        }
    }

    init(from decoder: any Decoder) throws {
        self.init(try [FigureID](from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func id(prefix: String, key: UInt64, occurrence: UInt16) -> FigureID {
        var suffix = [UInt8](repeating: UInt8(ascii: "-"), count: 17)
        for index in 0..<16 {
            suffix[1 + index] = hexDigits[Int((key >> UInt64(60 - 4 * index)) & 0xF)]
        }
        var text = prefix
        text.append(String(decoding: suffix, as: UTF8.self))
        if occurrence > 1 { text.append("-\(occurrence)") }
        return FigureID(rawValue: text)
    }

    /// The keys of `ids` when every one has the form `assign` makes, with one bulletin prefix
    /// (lowercase hex, an occurrence from 2 written without leading zeros); nil otherwise.
    private static func compact(_ ids: [FigureID]) -> Storage? {
        guard let first = ids.first else { return nil }
        let prefixBytes = Array(first.rawValue.utf8.prefix(12))
        guard prefixBytes.count == 12, prefixBytes.allSatisfy({ hexValue($0) != nil }) else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(ids.count)
        var occurrences: [UInt16] = []
        for (index, id) in ids.enumerated() {
            var text = id.rawValue
            let parsed: (key: UInt64, occurrence: UInt16)? = text.withUTF8 { utf8 in
                guard utf8.count >= 29, utf8[12] == UInt8(ascii: "-"), utf8.prefix(12).elementsEqual(prefixBytes) else { return nil }
                var key: UInt64 = 0
                for byte in utf8[13..<29] {
                    guard let digit = hexValue(byte) else { return nil }
                    key = key << 4 | UInt64(digit)
                }
                guard utf8.count > 29 else { return (key, 1) }
                let digits = utf8[30...]
                guard utf8[29] == UInt8(ascii: "-"), (1...5).contains(digits.count), digits.first != UInt8(ascii: "0"),
                      digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
                let value = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
                guard value >= 2, value <= Int(UInt16.max) else { return nil }
                return (key, UInt16(value))
            }
            guard let parsed else { return nil }
            keys.append(parsed.key)
            if parsed.occurrence > 1, occurrences.isEmpty {
                occurrences = [UInt16](repeating: 1, count: ids.count)
            }
            if !occurrences.isEmpty { occurrences[index] = parsed.occurrence }
        }
        return .keys(prefix: String(decoding: prefixBytes, as: UTF8.self), keys: keys.withoutSlack(), occurrences: occurrences)
    }

    /// A lowercase hex digit's value.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 97...102: byte - 87
        default: nil
        }
    }
}
