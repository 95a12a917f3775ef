import PubstatModel

/// The filters of `GET /v1/series` that the projection applies (the server matches
/// `jurisdiction` itself, with the budget filter's accent-free and alias matching).
public struct SeriesFilter: Hashable, Sendable {
    public var indicator: Indicator
    /// Only what had been published by the end of this day (see ``Vintage/knownFrom``).
    public var asOf: CalendarDate?
    /// Every vintage of each point, not only the current one.
    public var history: Bool
    /// Points whose year (the period's last year) is within these years.
    public var from: Int?
    public var to: Int?

    public init(indicator: Indicator, asOf: CalendarDate? = nil, history: Bool = false, from: Int? = nil, to: Int? = nil) {
        self.indicator = indicator
        self.asOf = asOf
        self.history = history
        self.from = from
        self.to = to
    }
}

/// `GET /v1/series`: an indicator's values per jurisdiction and period.
public struct SeriesReport: Hashable, Sendable, Codable {
    public var indicator: Indicator
    public var asOf: CalendarDate?
    public var history: Bool
    public var series: [SeriesLine]

    public init(indicator: Indicator, asOf: CalendarDate?, history: Bool, series: [SeriesLine]) {
        self.indicator = indicator
        self.asOf = asOf
        self.history = history
        self.series = series
    }
}

/// Whether a series holds outcomes (actual figures and estimates of them), plans or targets:
/// they never compete for one point's current value.
public enum SeriesMeasure: String, Hashable, Sendable, Codable, Comparable {
    case outcome, plan, target

    public init(_ kind: FigureKind) {
        switch kind {
        case .actual, .estimate: self = .outcome
        case .plan: self = .plan
        case .target: self = .target
        }
    }

    public static func < (a: SeriesMeasure, b: SeriesMeasure) -> Bool { a.rawValue < b.rawValue }
}

/// One series: an indicator in one jurisdiction (and sector, scope, price basis, portal).
public struct SeriesLine: Hashable, Sendable, Codable {
    public var indicator: Indicator
    public var jurisdiction: Jurisdiction
    public var measure: SeriesMeasure
    public var sector: String?
    public var scope: String?
    public var priceBasis: String?
    public var portal: String?
    public var points: [SeriesPoint]

    public init(indicator: Indicator, jurisdiction: Jurisdiction, measure: SeriesMeasure, points: [SeriesPoint]) {
        self.indicator = indicator
        self.jurisdiction = jurisdiction
        self.measure = measure
        self.points = points
    }
}

/// One period of a series: its current value and how many vintages stated one.
public struct SeriesPoint: Hashable, Sendable, Codable {
    public var period: Period?
    /// The cut-off date the figures state ("đến ngày 10/9"), part of what the point is.
    public var cutoff: CalendarDate?
    /// Portal counters: the month the page was captured.
    public var captured: YearMonth?
    /// The vintage the precedence rule puts first; nil when every vintage is retracted.
    public var current: Vintage?
    /// Vintages in effect (not retracted) at the as-of date.
    public var vintageCount: Int
    /// An earlier publication stated another value (a normal revision).
    public var revised: Bool
    /// Sources disagree: bulletins known from the same day state different values, or an
    /// extraction after a correction gives another value than the correction.
    public var disagreement: Bool
    /// What disagrees, for people.
    public var disagreementReason: String?
    /// Every vintage, current first, with `history=true`; absent otherwise.
    public var vintages: [Vintage]?

    public init(period: Period?, cutoff: CalendarDate?, captured: YearMonth?, current: Vintage?, vintageCount: Int) {
        self.period = period
        self.cutoff = cutoff
        self.captured = captured
        self.current = current
        self.vintageCount = vintageCount
        self.revised = false
        self.disagreement = false
    }

    /// The year the point belongs to: its period's last year, else its cut-off's, else its capture's.
    public var year: Int? { period?.endYear ?? cutoff?.year ?? captured?.year }
}
