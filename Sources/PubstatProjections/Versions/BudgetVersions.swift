import PubstatModel

/// The budget's ``PlaceVersions``: over every year, and per fiscal year.
struct BudgetVersions: Hashable, Sendable, Codable {
    var anyYear = PlaceVersions()
    var byYear: [Int: PlaceVersions] = [:]

    /// Notes that the budget year of `place` and `year` changed at `sequence`.
    mutating func mark(_ place: Jurisdiction, year: Int, at sequence: UInt64) {
        anyYear.mark(place, at: sequence)
        byYear[year, default: PlaceVersions()].mark(place, at: sequence)
    }

    /// Not part of the projections' value (see ``PlaceVersions``).
    static func == (_: BudgetVersions, _: BudgetVersions) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
