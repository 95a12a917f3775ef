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
    /// Every cumulative revenue figure of the year, from every bulletin (the quarters' earlier
    /// cut-offs and other sources too), in cut-off order, each with its consistency flags.
    public var observations: [BudgetObservation]
    /// Per authority, the year's estimate as the stated percentages imply it, across bulletins.
    public var impliedEstimates: [ImpliedEstimate]
    /// Plans (kế hoạch, dự toán) stated as amounts for the year.
    public var plans: [BudgetAmount]
    /// Targets (phấn đấu) for the year.
    public var targets: [BudgetAmount]

    public init(jurisdiction: Jurisdiction, year: Int) {
        self.jurisdiction = jurisdiction
        self.year = year
        self.quarters = []
        self.fullYear = nil
        self.observations = []
        self.impliedEstimates = []
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
    /// The consistency checks this figure fails (see ``BudgetFlag``); empty when it passes them all.
    public var flags: [BudgetFlag]

    public init(
        quarter: Int?, period: Period?, revenueBillionVND: Double, kind: FigureKind, approximate: Bool,
        asOf: CalendarDate?, yearElapsedPct: Double?, estimates: [EstimateProgress], yoyPct: Double?, source: FigureSource,
        flags: [BudgetFlag] = []
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
        self.flags = flags
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
    /// `pct` minus the share of the year elapsed, in percentage points: how far ahead (positive)
    /// or behind (negative) the linear pace; nil when the year elapsed is unknown.
    public var paceGapPct: Double?
    /// True when pubstat computed the percentage from a stated plan amount instead of reading it.
    public var computed: Bool

    public init(
        authority: Authority, pct: Double, impliedEstimateBillionVND: Double, pace: Pace?, paceGapPct: Double? = nil,
        computed: Bool = false
    ) {
        self.authority = authority
        self.pct = pct
        self.impliedEstimateBillionVND = impliedEstimateBillionVND
        self.pace = pace
        self.paceGapPct = paceGapPct
        self.computed = computed
    }
}

/// One authority's estimate for a year as the bulletins' stated percentages imply it
/// (revenue ÷ percentage × 100 for each figure that states one).
public struct ImpliedEstimate: Hashable, Sendable, Codable {
    public var authority: Authority
    /// The median of the implied estimates, in billion VND.
    public var billionVND: Double
    /// The lowest and highest implied estimate.
    public var lowBillionVND: Double
    public var highBillionVND: Double
    /// How many figures stated a percentage of this authority's estimate, and in how many bulletins.
    public var figures: Int
    public var bulletins: Int

    public init(authority: Authority, billionVND: Double, lowBillionVND: Double, highBillionVND: Double, figures: Int, bulletins: Int) {
        self.authority = authority
        self.billionVND = billionVND
        self.lowBillionVND = lowBillionVND
        self.highBillionVND = highBillionVND
        self.figures = figures
        self.bulletins = bulletins
    }
}

/// A consistency check a budget figure fails: a stable code for programs and a message for people.
public typealias BudgetFlag = ConsistencyFlag<BudgetCheck>

/// What a budget flag finds inconsistent.
public enum BudgetCheck: String, Hashable, Sendable, Codable, CaseIterable {
    /// The estimate a stated percentage implies is more than the tolerance (5%) away from the
    /// median of those other bulletins of the same year imply for the same authority.
    case estimateMismatch = "estimate_mismatch"
    /// A cumulative figure is below one stated for an earlier cut-off of the same year:
    /// cumulative revenue cannot fall.
    case cumulativeDecrease = "cumulative_decrease"
    /// A quarter's cumulative figure is above the year's full-year outcome.
    case quarterAboveYear = "quarter_above_year"
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
    /// The figure it is, for `GET /v1/figures/{id}` (explain: its vintages and corrections).
    public var figureID: FigureID?

    public init(bulletin: BulletinID, sequence: UInt64, quote: String, figureID: FigureID? = nil) {
        self.bulletin = bulletin
        self.sequence = sequence
        self.quote = quote
        self.figureID = figureID
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
