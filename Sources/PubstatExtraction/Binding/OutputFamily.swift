import PubstatModel

/// An output aggregate (GDP, GRDP) whose sector breakdowns ("khu vực dịch vụ tăng 7,3%") are
/// figures of their own. Families are catalogue data ("families" in `indicators.json`).
struct OutputFamily: Sendable, Hashable {
    var name: String
    /// The indicator of a sector's value ("khu vực dịch vụ đạt 7.006 tỷ đồng").
    var sectorValue: Indicator
    /// The indicator of a sector's growth ("khu vực dịch vụ tăng 7,3%").
    var sectorGrowth: Indicator
}
