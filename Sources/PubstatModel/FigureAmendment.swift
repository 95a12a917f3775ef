/// The fields of a figure a person corrects (`figure.corrected`'s `fields`), each optional:
/// absent means unchanged. Written with the figure schema's snake_case keys.
public struct FigureAmendment: Hashable, Sendable, Codable {
    public var indicator: Indicator?
    public var unit: MeasureUnit?
    public var per: String?
    public var kind: FigureKind?
    public var period: Period?
    public var asOf: CalendarDate?
    public var jurisdiction: Jurisdiction?
    public var valueHigh: Double?
    public var sector: String?
    public var scope: String?
    public var priceBasis: String?

    public init() {}

    /// True when no field is set.
    public var isEmpty: Bool { self == FigureAmendment() }

    /// `figure` with every set field replaced.
    public func applied(to figure: Figure) -> Figure {
        var out = figure
        if let indicator { out.indicator = indicator }
        if let unit { out.unit = unit }
        if let per { out.per = per }
        if let kind { out.kind = kind }
        if let period { out.period = period }
        if let asOf { out.asOf = asOf }
        if let jurisdiction { out.jurisdiction = jurisdiction }
        if let valueHigh { out.valueHigh = valueHigh }
        if let sector { out.sector = sector }
        if let scope { out.scope = scope }
        if let priceBasis { out.priceBasis = priceBasis }
        return out
    }
}

extension FigureAmendment {
    /// These fields over `earlier`'s: a later correction keeps what an earlier one set and it does not.
    public func merged(over earlier: FigureAmendment?) -> FigureAmendment {
        guard let earlier else { return self }
        var out = earlier
        if let indicator { out.indicator = indicator }
        if let unit { out.unit = unit }
        if let per { out.per = per }
        if let kind { out.kind = kind }
        if let period { out.period = period }
        if let asOf { out.asOf = asOf }
        if let jurisdiction { out.jurisdiction = jurisdiction }
        if let valueHigh { out.valueHigh = valueHigh }
        if let sector { out.sector = sector }
        if let scope { out.scope = scope }
        if let priceBasis { out.priceBasis = priceBasis }
        return out
    }
}
