import PubstatModel

/// `GET /v1/projections/visitors`.
public struct VisitorReport: Hashable, Sendable, Codable {
    public var portals: [PortalSeries]
    public var tourism: [TouristArrivalsEntry]

    public init(portals: [PortalSeries], tourism: [TouristArrivalsEntry]) {
        self.portals = portals
        self.tourism = tourism
    }
}

/// A portal's visitor counters, one capture per month.
public struct PortalSeries: Hashable, Sendable, Codable {
    public var portal: String
    public var captures: [PortalCapture]
    public var intervals: [PortalInterval]

    public init(portal: String, captures: [PortalCapture], intervals: [PortalInterval]) {
        self.portal = portal
        self.captures = captures
        self.intervals = intervals
    }
}

/// The footer counters of one page capture.
public struct PortalCapture: Hashable, Sendable, Codable {
    public var captured: YearMonth
    public var today: Double?
    public var yesterday: Double?
    public var month: Double?
    public var year: Double?
    public var total: Double?
    public var bulletin: BulletinID

    public init(captured: YearMonth, today: Double?, yesterday: Double?, month: Double?, year: Double?, total: Double?, bulletin: BulletinID) {
        self.captured = captured
        self.today = today
        self.yesterday = yesterday
        self.month = month
        self.year = year
        self.total = total
        self.bulletin = bulletin
    }
}

/// Visits between two consecutive captures, and whether the counters agree.
public struct PortalInterval: Hashable, Sendable, Codable {
    public var from: YearMonth
    public var to: YearMonth
    /// Growth of the all-time total.
    public var visits: Double
    /// Growth of the year counter, when both captures are in the same year.
    public var yearCounterGrowth: Double?
    /// True when the total grew by exactly as much as the year counter; nil when not comparable.
    public var consistent: Bool?

    public init(from: YearMonth, to: YearMonth, visits: Double, yearCounterGrowth: Double?, consistent: Bool?) {
        self.from = from
        self.to = to
        self.visits = visits
        self.yearCounterGrowth = yearCounterGrowth
        self.consistent = consistent
    }
}

/// Tourist arrivals reported for a jurisdiction and period.
public struct TouristArrivalsEntry: Hashable, Sendable, Codable {
    public var indicator: Indicator
    public var jurisdiction: Jurisdiction
    public var period: Period?
    public var arrivals: Double?
    public var approximate: Bool
    public var kind: FigureKind
    public var yoyPct: Double?
    public var source: FigureSource

    public init(indicator: Indicator, jurisdiction: Jurisdiction, period: Period?, arrivals: Double?, approximate: Bool, kind: FigureKind, yoyPct: Double?, source: FigureSource) {
        self.indicator = indicator
        self.jurisdiction = jurisdiction
        self.period = period
        self.arrivals = arrivals
        self.approximate = approximate
        self.kind = kind
        self.yoyPct = yoyPct
        self.source = source
    }
}
