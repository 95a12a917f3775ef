import PubstatModel

/// The series' ``PlaceVersions``, per indicator.
public struct SeriesVersions: Hashable, Sendable, Codable {
    private var byIndicator: [Indicator: PlaceVersions] = [:]

    public subscript(indicator: Indicator) -> PlaceVersions? { byIndicator[indicator] }

    /// Notes that the lines of `figures` (their indicator and place) changed at `sequence`.
    mutating func mark(_ figures: some Sequence<Figure>, at sequence: UInt64) {
        var seen: Set<SeriesInput> = []
        for figure in figures where seen.insert(SeriesInput(indicator: figure.indicator, place: figure.jurisdiction)).inserted {
            byIndicator[figure.indicator, default: PlaceVersions()].mark(figure.jurisdiction, at: sequence)
        }
    }

    private struct SeriesInput: Hashable {
        var indicator: Indicator
        var place: Jurisdiction
    }

    /// Not part of the projections' value (see ``PlaceVersions``).
    public static func == (_: SeriesVersions, _: SeriesVersions) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
