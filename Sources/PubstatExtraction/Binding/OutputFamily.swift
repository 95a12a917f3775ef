import PubstatModel

/// National (`gdp_…`) or provincial (`grdp_…`) output: the family a sector breakdown belongs to.
enum OutputFamily: String {
    case gdp, grdp

    /// Nil for indicators outside both families. Reads the name's bytes, no `String` slicing.
    init?(_ indicator: Indicator) {
        var name = indicator.rawValue
        let family: OutputFamily? = name.withUTF8 { b in
            if b.count > 4, b[0] == UInt8(ascii: "g"), b[1] == UInt8(ascii: "d"), b[2] == UInt8(ascii: "p"), b[3] == UInt8(ascii: "_") {
                return .gdp
            }
            if b.count > 5, b[0] == UInt8(ascii: "g"), b[1] == UInt8(ascii: "r"), b[2] == UInt8(ascii: "d"), b[3] == UInt8(ascii: "p"),
               b[4] == UInt8(ascii: "_") {
                return .grdp
            }
            return nil
        }
        guard let family else { return nil }
        self = family
    }
}
