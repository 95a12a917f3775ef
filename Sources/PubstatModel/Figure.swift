/// One indicator figure read from a bulletin, with the text it came from.
///
/// The JSON form is the figure schema of the shared corpus (snake_case keys), so
/// `pubstatctl extract --json` output can be scored directly.
public struct Figure: Hashable, Sendable, Codable {
    public var indicator: Indicator
    /// The number in ``unit`` as written; nil when only a change is stated ("tăng 57%").
    public var value: Double?
    /// Upper end of a range such as "9 - 10%".
    public var valueHigh: Double?
    public var unit: MeasureUnit?
    /// For per-capita money: `person/year` or `person/month`.
    public var per: String?
    public var qualifier: Qualifier?
    public var kind: FigureKind
    public var period: Period?
    /// An explicit cut-off date ("Đến ngày 10/9/2021").
    public var asOf: CalendarDate?
    public var jurisdiction: Jurisdiction
    /// Percentages of estimates or plans, each with the authority that set it.
    public var pctOfPlan: [PlanComparison]
    /// Signed change on the same period of the previous year, in percent.
    public var yoyPct: Double?
    /// "tăng N lần": the multiple itself.
    public var yoyRatio: Double?
    /// Change on the previous month, in percent.
    public var momPct: Double?
    /// Portal counters only: the month the page was captured.
    public var captured: YearMonth?
    /// Portal counters only: the site.
    public var portal: String?
    public var sector: String?
    public var scope: String?
    /// The denominator of a ratio such as "38/94 xã".
    public var outOf: Double?
    public var priceBasis: String?
    /// The exact text the figure came from.
    public var quote: String
    /// Where ``quote`` sits in the decoded bulletin text (UTF-8 byte offsets).
    public var source: SourceSpan?

    public init(
        indicator: Indicator, value: Double?, unit: MeasureUnit?, kind: FigureKind = .actual,
        period: Period? = nil, jurisdiction: Jurisdiction, quote: String
    ) {
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.kind = kind
        self.period = period
        self.jurisdiction = jurisdiction
        self.pctOfPlan = []
        self.quote = quote
    }

    /// The value in the unit's base (đồng, USD, or the count), for comparisons across scales.
    public var baseValue: Double? {
        guard let value else { return nil }
        return value * (unit?.baseScale ?? 1)
    }

    /// The percentage of the estimate set by `authority`, if stated.
    public func percent(of authority: Authority) -> Double? {
        pctOfPlan.first { $0.authority == authority }?.pct
    }

    enum CodingKeys: String, CodingKey {
        // camelCase here; `APIJSON` and the event writer spell them in snake_case (`value_high`)
        case indicator, value, unit, per, qualifier, kind, period, jurisdiction, captured, portal, sector, scope, quote, source
        case valueHigh, asOf, pctOfPlan, yoyPct, yoyRatio, momPct, outOf, priceBasis
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicator = try c.decode(Indicator.self, forKey: .indicator)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        valueHigh = try c.decodeIfPresent(Double.self, forKey: .valueHigh)
        unit = try c.decodeIfPresent(MeasureUnit.self, forKey: .unit)
        per = try c.decodeIfPresent(String.self, forKey: .per)
        qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier)
        kind = try c.decodeIfPresent(FigureKind.self, forKey: .kind) ?? .actual
        period = try c.decodeIfPresent(Period.self, forKey: .period)
        asOf = try c.decodeIfPresent(CalendarDate.self, forKey: .asOf)
        jurisdiction = try c.decode(Jurisdiction.self, forKey: .jurisdiction)
        pctOfPlan = try c.decodeIfPresent([PlanComparison].self, forKey: .pctOfPlan) ?? []
        yoyPct = try c.decodeIfPresent(Double.self, forKey: .yoyPct)
        yoyRatio = try c.decodeIfPresent(Double.self, forKey: .yoyRatio)
        momPct = try c.decodeIfPresent(Double.self, forKey: .momPct)
        captured = try c.decodeIfPresent(YearMonth.self, forKey: .captured)
        portal = try c.decodeIfPresent(String.self, forKey: .portal)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        scope = try c.decodeIfPresent(String.self, forKey: .scope)
        outOf = try c.decodeIfPresent(Double.self, forKey: .outOf)
        priceBasis = try c.decodeIfPresent(String.self, forKey: .priceBasis)
        quote = try c.decodeIfPresent(String.self, forKey: .quote) ?? ""
        source = try c.decodeIfPresent(SourceSpan.self, forKey: .source)
    }
}

/// "About": gần, khoảng, trên, hơn, ước …
public enum Qualifier: String, Hashable, Sendable, Codable {
    case approx
}

/// Whether a figure reports a result, an estimate of one, a plan, or a target.
public enum FigureKind: String, Hashable, Sendable, Codable, CaseIterable {
    case actual, estimate, plan, target
}

/// Who set an estimate (dự toán) or plan that a figure is compared with.
public enum Authority: String, Hashable, Sendable, Codable, CaseIterable {
    /// dự toán Trung ương giao
    case central
    /// dự toán HĐND tỉnh giao
    case provincialCouncil = "provincial_council"
    /// dự toán HĐND thành phố giao
    case cityCouncil = "city_council"
    /// dự toán tỉnh giao
    case provinceAssigned = "province_assigned"
    /// kế hoạch, dự toán năm, no authority named
    case plan
}

/// "bằng 82% dự toán Trung ương giao": a percentage of an estimate and who set it.
public struct PlanComparison: Hashable, Sendable, Codable {
    public var pct: Double
    public var authority: Authority

    public init(pct: Double, authority: Authority) {
        self.pct = pct
        self.authority = authority
    }
}

/// A byte range in the decoded (UTF-8, NFC, repaired) text of a bulletin.
///
/// Decoding may change lengths: it drops a byte-order mark, turns CRLF into LF, composes to NFC and
/// repairs font-damaged text (`ƣ` for `ư`, split tone marks …). Then ``originalStart`` and
/// ``originalEnd`` say which bytes of the input the quote was made from: the file as dropped when it
/// is UTF-8, its UTF-8 transcoding when it is UTF-16 or Windows-1258, its text without markup when
/// it is HTML. They are absent when the input range is `start..<end`.
public struct SourceSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    /// Start of the quote's bytes in the input, when the input range differs from `start..<end`.
    public var originalStart: Int?
    /// End of the quote's bytes in the input, present with ``originalStart``.
    public var originalEnd: Int?

    public init(start: Int, end: Int, originalStart: Int? = nil, originalEnd: Int? = nil) {
        self.start = start
        self.end = end
        self.originalStart = originalStart
        self.originalEnd = originalEnd
    }

    /// A span of decoded text made from the input bytes `original`, kept only when they differ.
    public init(start: Int, end: Int, original: Range<Int>) {
        self.init(start: start, end: end)
        if original != start..<end {
            originalStart = original.lowerBound
            originalEnd = original.upperBound
        }
    }

    /// The quote's bytes in the input: ``originalStart``..<``originalEnd``, else `start..<end`.
    public var original: Range<Int> {
        guard let originalStart, let originalEnd else { return start..<end }
        return originalStart..<originalEnd
    }

    enum CodingKeys: String, CodingKey {
        case start, end, originalStart, originalEnd
    }
}
