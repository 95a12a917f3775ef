import PubstatModel

/// `GET /v1/projections/budget`.
public struct BudgetReport: Hashable, Sendable, Codable {
    public var years: [BudgetYear]
    public init(years: [BudgetYear]) { self.years = years }
}

/// Budget revenue of one jurisdiction in one fiscal year.
public struct BudgetYear: Hashable, Sendable, Codable {
    public var jurisdiction: Jurisdiction
    public var year: Int
    /// Latest cumulative revenue observed in each quarter, in quarter order.
    public var quarters: [BudgetObservation]
    /// The full-year outcome (actual or estimated), when reported.
    public var fullYear: BudgetObservation?
    /// Plans (kế hoạch, dự toán) stated as amounts for the year.
    public var plans: [BudgetAmount]
    /// Targets (phấn đấu) for the year.
    public var targets: [BudgetAmount]

    public init(jurisdiction: Jurisdiction, year: Int) {
        self.jurisdiction = jurisdiction
        self.year = year
        self.quarters = []
        self.fullYear = nil
        self.plans = []
        self.targets = []
    }
}

/// One cumulative revenue figure and how it compares with the year's estimates.
public struct BudgetObservation: Hashable, Sendable, Codable {
    /// 1–4 for a quarter; nil for a full-year outcome.
    public var quarter: Int?
    public var period: Period?
    public var revenueBillionVND: Double
    public var kind: FigureKind
    public var approximate: Bool
    public var asOf: CalendarDate?
    /// Share of the year elapsed at the as-of date (or the period's end), in percent: the linear pace.
    public var yearElapsedPct: Double?
    public var estimates: [EstimateProgress]
    public var yoyPct: Double?
    public var source: FigureSource

    public init(
        quarter: Int?, period: Period?, revenueBillionVND: Double, kind: FigureKind, approximate: Bool,
        asOf: CalendarDate?, yearElapsedPct: Double?, estimates: [EstimateProgress], yoyPct: Double?, source: FigureSource
    ) {
        self.quarter = quarter
        self.period = period
        self.revenueBillionVND = revenueBillionVND
        self.kind = kind
        self.approximate = approximate
        self.asOf = asOf
        self.yearElapsedPct = yearElapsedPct
        self.estimates = estimates
        self.yoyPct = yoyPct
        self.source = source
    }
}

/// Progress against one authority's estimate.
public struct EstimateProgress: Hashable, Sendable, Codable {
    public enum Pace: String, Hashable, Sendable, Codable {
        case ahead, onPace = "on_pace", behind
    }

    public var authority: Authority
    public var pct: Double
    /// The estimate the percentage implies: revenue / pct × 100, in billion VND.
    public var impliedEstimateBillionVND: Double
    /// Ahead of or behind the linear pace; nil when the year elapsed is unknown.
    public var pace: Pace?
    /// True when pubstat computed the percentage from a stated plan amount instead of reading it.
    public var computed: Bool

    public init(authority: Authority, pct: Double, impliedEstimateBillionVND: Double, pace: Pace?, computed: Bool = false) {
        self.authority = authority
        self.pct = pct
        self.impliedEstimateBillionVND = impliedEstimateBillionVND
        self.pace = pace
        self.computed = computed
    }
}

/// A plan or target amount.
public struct BudgetAmount: Hashable, Sendable, Codable {
    public var amountBillionVND: Double
    public var kind: FigureKind
    public var period: Period?
    public var source: FigureSource

    public init(amountBillionVND: Double, kind: FigureKind, period: Period?, source: FigureSource) {
        self.amountBillionVND = amountBillionVND
        self.kind = kind
        self.period = period
        self.source = source
    }
}

/// Where a projected number came from.
public struct FigureSource: Hashable, Sendable, Codable {
    public var bulletin: BulletinID
    public var sequence: UInt64
    public var quote: String

    public init(bulletin: BulletinID, sequence: UInt64, quote: String) {
        self.bulletin = bulletin
        self.sequence = sequence
        self.quote = quote
    }
}

/// Filters of `GET /v1/projections/budget`.
public struct BudgetFilter: Hashable, Sendable {
    public var jurisdiction: Jurisdiction?
    public var year: Int?

    public init(jurisdiction: Jurisdiction? = nil, year: Int? = nil) {
        self.jurisdiction = jurisdiction
        self.year = year
    }
}
