import PubstatModel

/// `GET /v1/projections/visitors`.
public struct VisitorReport: Hashable, Sendable, Codable {
    public var portals: [PortalSeries]
    /// Tourist arrivals (total, domestic, international) per jurisdiction and period.
    public var tourism: [TouristArrivalsEntry]
    /// Revenue from tourism per jurisdiction and period.
    public var tourismRevenue: [TourismRevenueEntry]

    public init(portals: [PortalSeries], tourism: [TouristArrivalsEntry], tourismRevenue: [TourismRevenueEntry] = []) {
        self.portals = portals
        self.tourism = tourism
        self.tourismRevenue = tourismRevenue
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
    /// The checks the capture's counters fail among themselves (``PortalCheck/counterOrder``).
    public var flags: [PortalFlag]

    public init(
        captured: YearMonth, today: Double?, yesterday: Double?, month: Double?, year: Double?, total: Double?, bulletin: BulletinID,
        flags: [PortalFlag] = []
    ) {
        self.captured = captured
        self.today = today
        self.yesterday = yesterday
        self.month = month
        self.year = year
        self.total = total
        self.bulletin = bulletin
        self.flags = flags
    }
}

/// Visits between two consecutive captures, per day where the capture dates allow it, and
/// whether the counters agree.
public struct PortalInterval: Hashable, Sendable, Codable {
    public var from: YearMonth
    public var to: YearMonth
    /// Growth of the all-time total; nil when the total fell (a counter reset: the visits are unknown).
    public var visits: Double?
    /// Growth of the year counter, when both captures are in the same year.
    public var yearCounterGrowth: Double?
    /// True when the total grew by exactly as much as the year counter; nil when not comparable.
    public var consistent: Bool?
    /// Captures are known to the month: the fewest and most days that can lie between them
    /// (last day of the earlier month to first day of the later; first day to last day).
    /// Absent for two captures of the same month.
    public var daysMin: Int?
    public var daysMax: Int?
    /// Visits per day over the most and the fewest possible days.
    public var dailyAverageLow: Double?
    public var dailyAverageHigh: Double?
    /// Visits per day over the middle of the possible span, given only when that span is known
    /// within ±10% (captures about ten months or more apart).
    public var dailyAverage: Double?
    /// The checks the interval fails: a counter reset, a year counter that disagrees with the total.
    public var flags: [PortalFlag]

    public init(from: YearMonth, to: YearMonth, visits: Double?, yearCounterGrowth: Double?, consistent: Bool?) {
        self.from = from
        self.to = to
        self.visits = visits
        self.yearCounterGrowth = yearCounterGrowth
        self.consistent = consistent
        self.flags = []
    }
}

/// A consistency check portal counters fail: a stable code for programs and a message for people.
public typealias PortalFlag = ConsistencyFlag<PortalCheck>

/// What a portal-counter flag finds inconsistent.
public enum PortalCheck: String, Hashable, Sendable, Codable, CaseIterable {
    /// The all-time total is lower than at the earlier capture: the counter was reset or
    /// replaced, and the visits between the two captures are unknown.
    case totalReset = "total_reset"
    /// The year counter fell between two captures of the same year: it was reset.
    case yearCounterReset = "year_counter_reset"
    /// Within one year, the total grew by another amount than the year counter.
    case yearCounterMismatch = "year_counter_mismatch"
    /// Within one capture, a counter of a shorter span is above one of a longer span
    /// (today above the month, the month above the year, the year above the total).
    case counterOrder = "counter_order"
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

/// Revenue from tourism reported for a jurisdiction and period.
public struct TourismRevenueEntry: Hashable, Sendable, Codable {
    public var jurisdiction: Jurisdiction
    public var period: Period?
    /// In billion VND.
    public var revenueBillionVND: Double
    public var approximate: Bool
    public var kind: FigureKind
    public var yoyPct: Double?
    public var source: FigureSource

    public init(
        jurisdiction: Jurisdiction, period: Period?, revenueBillionVND: Double, approximate: Bool, kind: FigureKind, yoyPct: Double?,
        source: FigureSource
    ) {
        self.jurisdiction = jurisdiction
        self.period = period
        self.revenueBillionVND = revenueBillionVND
        self.approximate = approximate
        self.kind = kind
        self.yoyPct = yoyPct
        self.source = source
    }
}
