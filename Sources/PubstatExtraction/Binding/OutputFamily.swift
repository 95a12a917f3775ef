import PubstatModel

/// An output aggregate (GDP, GRDP) whose sector breakdowns ("khu vực dịch vụ tăng 7,3%") are
/// figures of their own. Families are catalogue data ("families" in `indicators.json`).
struct OutputFamily: Sendable, Hashable {
    var name: String
    /// The indicator of the aggregate's own growth ("GRDP tăng 7%").
    var growth: Indicator?
    /// The indicator of a sector's value ("khu vực dịch vụ đạt 7.006 tỷ đồng"), for sectors `sectorValues` does not name.
    var sectorValue: Indicator?
    /// Sectors whose value is an indicator of its own ("+ Nông, lâm nghiệp, thủy sản: 1.522 tỷ đồng" under a
    /// district's total production value is the value of agricultural production).
    var sectorValues: [String: Indicator] = [:]
    /// The indicator of a sector's growth ("khu vực dịch vụ tăng 7,3%").
    var sectorGrowth: Indicator?
    /// The family's own name of a sector some texts name otherwise: the national accounts have no "trade and services",
    /// so "khu vực thương mại - dịch vụ" of a GRDP is its services.
    var sectorNames: [String: String] = [:]

    /// The name the family gives `sector`.
    func name(of sector: String) -> String { sectorNames[sector] ?? sector }

    /// The indicator of `sector`'s value, if the family has one.
    func valueIndicator(of sector: String) -> Indicator? { sectorValues[sector] ?? sectorValue }

    /// Whether `indicator` is the value of one of the family's sectors ("công nghiệp" under a gross output).
    func breaksDown(into indicator: Indicator) -> Bool { sectorValues.values.contains(indicator) }
}
