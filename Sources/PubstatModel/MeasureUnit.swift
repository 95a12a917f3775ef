/// The unit a figure's value is written in, as named by the corpus schema.
///
/// Money keeps the scale it was written with (`220.863 triệu đồng` stays 220863 `million_vnd`);
/// ``baseScale`` converts to the base currency unit when figures are compared.
public enum MeasureUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case vnd
    case thousandVND = "thousand_vnd"
    case millionVND = "million_vnd"
    case billionVND = "billion_vnd"
    case trillionVND = "trillion_vnd"
    case usd
    case thousandUSD = "thousand_usd"
    case millionUSD = "million_usd"
    case billionUSD = "billion_usd"
    case percent
    case arrivals
    case visits
    case count
    case hectare
    case tonne

    /// The factor that turns a value in this unit into the base unit (đồng, USD, or the count itself).
    public var baseScale: Double {
        switch self {
        case .thousandVND, .thousandUSD: 1e3
        case .millionVND, .millionUSD: 1e6
        case .billionVND, .billionUSD: 1e9
        case .trillionVND: 1e12
        default: 1
        }
    }

    /// The base unit's name: `vnd`, `usd`, or the unit itself for non-money units.
    public var baseName: String {
        switch self {
        case .vnd, .thousandVND, .millionVND, .billionVND, .trillionVND: "vnd"
        case .usd, .thousandUSD, .millionUSD, .billionUSD: "usd"
        default: rawValue
        }
    }

    /// True for money units.
    public var isMoney: Bool { baseName == "vnd" || baseName == "usd" }
}
