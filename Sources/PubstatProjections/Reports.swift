import PubstatModel

// The answers the daemon serves. Each is a plain Codable value produced by a projection,
// encoded to JSON by the server and decoded again by pubstatctl.

/// `GET /v1/health`.
public struct HealthReport: Hashable, Sendable, Codable {
    public var status: String
    public var version: String

    public init(status: String = "ok", version: String) {
        self.status = status
        self.version = version
    }
}

/// `GET /v1/status`: the state of the log and of intake.
public struct StatusReport: Hashable, Sendable, Codable {
    /// Records in the log.
    public var logRecords: UInt64
    /// Sequence number of the last record, 0 for an empty log.
    public var lastSequence: UInt64
    /// Hex SHA-256 chain hash of the last record.
    public var headHash: String
    /// Bytes of the log on disk.
    public var logBytes: UInt64
    public var bulletinsIngested: Int
    public var bulletinsRejected: Int
    /// Ingested bulletins from which no figure was extracted (`GET /v1/bulletins?figures=none`).
    public var bulletinsWithoutFigures: Int
    /// Files dropped again with content already in the log, since the daemon started.
    public var duplicatesDropped: Int
    /// Files moved to failed/ since the daemon started without a log record: too large, unreadable,
    /// not a regular file (a link, a pipe …), a name that is not UTF-8, an unusable sidecar.
    public var rejectedUnlogged: Int
    /// Files waiting in the inbox.
    public var inboxPending: Int
    /// What start-up recovery did, e.g. "cut a torn record of 120 bytes at offset 4096 of segment 1".
    public var recovery: String?
    public var version: String

    public init(
        logRecords: UInt64, lastSequence: UInt64, headHash: String, logBytes: UInt64, bulletinsIngested: Int,
        bulletinsRejected: Int, duplicatesDropped: Int, rejectedUnlogged: Int = 0, inboxPending: Int, recovery: String?,
        version: String, bulletinsWithoutFigures: Int = 0
    ) {
        self.rejectedUnlogged = rejectedUnlogged
        self.bulletinsWithoutFigures = bulletinsWithoutFigures
        self.logRecords = logRecords
        self.lastSequence = lastSequence
        self.headHash = headHash
        self.logBytes = logBytes
        self.bulletinsIngested = bulletinsIngested
        self.bulletinsRejected = bulletinsRejected
        self.duplicatesDropped = duplicatesDropped
        self.inboxPending = inboxPending
        self.recovery = recovery
        self.version = version
    }
}

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

/// `GET /v1/bulletins`: one line per bulletin.
public struct BulletinSummary: Hashable, Sendable, Codable {
    public var id: BulletinID
    public var fileName: String
    public var published: CalendarDate?
    /// The month of publication when no day is known.
    public var publishedMonth: YearMonth?
    public var subject: Jurisdiction?
    public var title: String?
    /// Where the bulletin was published, from its sidecar.
    public var sourceURL: String?
    public var figureCount: Int
    /// Sequence number of the event that ingested it.
    public var sequence: UInt64
    public var extractorVersion: String

    public init(id: BulletinID, fileName: String, published: CalendarDate?, subject: Jurisdiction?, title: String?, figureCount: Int, sequence: UInt64, extractorVersion: String) {
        self.id = id
        self.fileName = fileName
        self.published = published
        self.subject = subject
        self.title = title
        self.figureCount = figureCount
        self.sequence = sequence
        self.extractorVersion = extractorVersion
    }
}

/// `GET /v1/bulletins`.
public struct BulletinList: Hashable, Sendable, Codable {
    public var bulletins: [BulletinSummary]
    public init(bulletins: [BulletinSummary]) { self.bulletins = bulletins }
}

/// `GET /v1/bulletins/{id}`: a bulletin with its figures and the text each came from.
public struct BulletinDetail: Hashable, Sendable, Codable {
    public var bulletin: BulletinSummary
    public var figures: [Figure]
    /// The document context the bulletin was ingested with (its sidecar), when it had one.
    public var context: DocumentContext?

    public init(bulletin: BulletinSummary, figures: [Figure], context: DocumentContext? = nil) {
        self.bulletin = bulletin
        self.figures = figures
        self.context = context
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

/// What a re-extraction did.
public struct ReextractReport: Hashable, Sendable, Codable {
    public var extractorVersion: String
    /// Bulletins read again.
    public var examined: Int
    /// Bulletins whose figures changed: one `figures.revised` event each.
    public var revised: Int
    public var figuresSuperseded: Int
    public var figuresAdded: Int
    /// Bulletins whose raw copy is missing from the state folder.
    public var missingRaw: Int
    /// Sequence number of the last event appended, if any.
    public var lastSequence: UInt64?

    public init(extractorVersion: String) {
        self.extractorVersion = extractorVersion
        examined = 0
        revised = 0
        figuresSuperseded = 0
        figuresAdded = 0
        missingRaw = 0
    }
}

/// The questions the server can ask of the daemon. The daemon implements it over its live
/// projections; the server only routes and encodes.
public protocol PubstatQueries: Sendable {
    func health() async -> HealthReport
    func status() async -> StatusReport
    func budget(_ filter: BudgetFilter) async -> BudgetReport
    func visitors() async -> VisitorReport
    func bulletins() async -> BulletinList
    /// The bulletins from which no figure was extracted.
    func bulletinsWithoutFigures() async -> BulletinList
    func bulletin(_ id: BulletinID) async -> BulletinDetail?
    /// Runs the current extractor over every stored bulletin and appends the differences.
    func reextract() async throws -> ReextractReport
    /// Mentions no indicator took (`GET /v1/unclassified`).
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport
    /// The event feed (`GET /v1/events`); nil when there is none (the route answers 404).
    var eventFeed: (any EventFeed)? { get }
    /// The sequence of the projections queries answer from, when they come from a published
    /// read model: the server caches encoded answers per route, query and this sequence.
    /// Nil turns the cache off.
    func publishedSequence() -> UInt64?
}

extension PubstatQueries {
    public var eventFeed: (any EventFeed)? { nil }
    public func publishedSequence() -> UInt64? { nil }

    /// The bulletins of ``bulletins()`` whose figure count is zero.
    public func bulletinsWithoutFigures() async -> BulletinList {
        BulletinList(bulletins: await bulletins().bulletins.filter { $0.figureCount == 0 })
    }
}
