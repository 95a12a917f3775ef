import PubstatModel

/// What kind of thing a number measures, before it is bound to an indicator.
enum UnitClass: String, Sendable, Hashable {
    case money, percent, arrivals, visits, count, times, area, mass, none, other

    init?(catalogueName: String) {
        switch catalogueName {
        case "money": self = .money
        case "percent": self = .percent
        case "arrivals": self = .arrivals
        case "visits": self = .visits
        case "count": self = .count
        default: return nil
        }
    }
}

/// A number with its unit as written: `1.208,8 tỷ đồng`, `9 - 10%/năm`, `38/94 xã`.
struct Quantity: Sendable {
    /// Tokens of the number and its unit.
    var tokens: Range<Int>
    var value: Double
    var valueHigh: Double?
    var outOf: Double?
    var unitClass: UnitClass
    var unit: MeasureUnit?
    /// `person/year` or `person/month` for per-capita money.
    var per: String?
    /// Written per year (`%/năm`): an average annual rate.
    var perYear = false
    /// Percentage points ("giảm 3,58 điểm phần trăm"): a difference of two rates, never a relative change.
    var points = false
    /// For counts: hash of the noun's first word (`xã`, `sản phẩm`).
    var noun: UInt64 = 0
    /// A scaled number with no unit ("khoảng 8,3 triệu"): its unit is the one its cue expects, if
    /// that is a count of people or visits.
    var bareScale = false
}
