import PubstatModel

/// `GET /v1/indicators`: every indicator of the catalogue, with what the log holds of it.
public struct IndicatorsReport: Hashable, Sendable, Codable {
    public var indicators: [IndicatorSummary]
    public init(indicators: [IndicatorSummary]) { self.indicators = indicators }
}

/// One indicator: how many figures (current vintages of points), points and bulletins, where and when.
public struct IndicatorSummary: Hashable, Sendable, Codable {
    public var indicator: Indicator
    /// Figures in effect (not retracted), every vintage counted.
    public var figures: Int
    /// Points (jurisdiction × period × …) with at least one figure in effect.
    public var points: Int
    public var bulletins: Int
    public var jurisdictions: [Jurisdiction]
    public var firstYear: Int?
    public var lastYear: Int?

    public init(indicator: Indicator) {
        self.indicator = indicator
        self.figures = 0
        self.points = 0
        self.bulletins = 0
        self.jurisdictions = []
    }
}
