/// A figure's identity, stable across re-extraction: the bulletin it comes from and what it
/// observes (indicator, place, period, cut-off date, kind, sector, scope, price basis, portal),
/// never its position in the bulletin's list nor its value.
///
/// Written `<first 12 hex digits of the bulletin id>-<16 hex digits of the observation key>`,
/// with `-2`, `-3` … for the second and later figures of a bulletin with the same key, in text order.
public struct FigureID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: FigureID, rhs: FigureID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The 12 hex digits naming the bulletin, which every figure id starts with.
    public var bulletinPrefix: Substring { rawValue.prefix(12) }

    /// The ids of a bulletin's figures, in the figures' order.
    /// Occurrences are counted by the key's hash, which the id is made of (a `String`-keyed
    /// count normalised every key to hash it, a fifth of the cost of folding an event).
    public static func assign(bulletin: BulletinID, figures: [Figure]) -> [FigureID] {
        var seen: [UInt64: Int] = [:]
        let short = bulletin.short
        return figures.map { figure in
            let hash = fnv1a(observationKeyOf: figure)
            let occurrence = (seen[hash] ?? 0) + 1
            seen[hash] = occurrence
            let base = "\(short)-\(hex(hash))"
            return FigureID(rawValue: occurrence == 1 ? base : "\(base)-\(occurrence)")
        }
    }

    /// Syntax only: 12 hex digits, `-`, 16 hex digits, and an optional `-N`.
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 12, parts[1].count == 16 else { return false }
        let hexDigits = parts[0].utf8.allSatisfy(isHex) && parts[1].utf8.allSatisfy(isHex)
        return hexDigits && (parts.count == 2 || Int(parts[2]).map { $0 >= 2 } == true)
    }

    private static func isHex(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (97...102).contains(byte) }

    /// FNV-1a, 64 bits: the same on every platform and run (unlike `Hasher`).
    /// ``fnv1a(_:)`` of `figure.observationKey`, without joining the string.
    static func fnv1a(observationKeyOf figure: Figure) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        func separator() {
            hash ^= UInt64(UInt8(ascii: "|"))
            hash = hash &* 0x0000_0100_0000_01b3
        }
        add(figure.indicator.rawValue); separator()
        add(figure.jurisdiction.level.rawValue); add(":"); add(figure.jurisdiction.name); separator()
        add(figure.period?.description ?? ""); separator()
        add(figure.asOf?.description ?? ""); separator()
        add(figure.kind.rawValue); separator()
        add(figure.sector ?? ""); separator()
        add(figure.scope ?? ""); separator()
        add(figure.priceBasis ?? ""); separator()
        add(figure.portal ?? ""); separator()
        add(figure.captured?.description ?? "")
        return hash
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension Figure {
    /// What the figure observes, apart from its value: the figure id's key.
    public var observationKey: String {
        [
            indicator.rawValue, jurisdiction.description, period?.description ?? "", asOf?.description ?? "",
            kind.rawValue, sector ?? "", scope ?? "", priceBasis ?? "", portal ?? "", captured?.description ?? "",
        ].joined(separator: "|")
    }
}
