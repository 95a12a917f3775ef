/// The period a figure refers to, in the corpus schema's string forms.
///
/// `2021` a year, `2021-03` a month, `2021-Q3` a quarter, `2021-H1` a half,
/// `2021-9M` the first nine months, `2016/2020` a multi-year span, `2024-02-08/2024-02-14` a
/// window of days. A target carries `isTarget` and is written with a `-target` suffix.
public struct Period: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Span: Hashable, Sendable {
        case year(Int)
        case month(YearMonth)
        case quarter(year: Int, quarter: Int)
        case half(year: Int, half: Int)
        case firstMonths(year: Int, months: Int)
        case years(from: Int, to: Int)
        case days(from: CalendarDate, to: CalendarDate)
    }

    public var span: Span
    public var isTarget: Bool

    public init(_ span: Span, isTarget: Bool = false) {
        self.span = span
        self.isTarget = isTarget
    }

    /// The calendar year the period ends in.
    public var endYear: Int {
        switch span {
        case .year(let y), .quarter(let y, _), .half(let y, _), .firstMonths(let y, _): y
        case .month(let m): m.year
        case .years(_, let to): to
        case .days(_, let to): to.year
        }
    }

    /// The calendar year the period starts in.
    public var startYear: Int {
        switch span {
        case .years(let from, _): from
        case .days(let from, _): from.year
        default: endYear
        }
    }

    /// The last month covered, for periods within one year.
    public var endMonth: Int? {
        switch span {
        case .year: 12
        case .month(let m): m.month
        case .quarter(_, let q): q * 3
        case .half(_, let h): h * 6
        case .firstMonths(_, let n): n
        case .years: nil
        case .days(_, let to): to.month
        }
    }

    public var description: String {
        let base: String
        switch span {
        case .year(let y): base = String(y)
        case .month(let m): base = m.description
        case .quarter(let y, let q): base = "\(y)-Q\(q)"
        case .half(let y, let h): base = "\(y)-H\(h)"
        case .firstMonths(let y, let n): base = "\(y)-\(n)M"
        case .years(let a, let b): base = "\(a)/\(b)"
        case .days(let a, let b): base = "\(a)/\(b)"
        }
        return isTarget ? base + "-target" : base
    }

    /// Parses the schema's string form; nil when it is none of them.
    public init?(_ text: String) {
        var body = Substring(text)
        let target = body.hasSuffix("-target")
        if target { body = body.dropLast("-target".count) }
        guard let span = Period.parseSpan(body) else { return nil }
        self.init(span, isTarget: target)
    }

    private static func parseSpan(_ body: Substring) -> Span? {
        if let slash = body.firstIndex(of: "/") {
            let a = body[..<slash], b = body[body.index(after: slash)...]
            if let x = Int(a), let y = Int(b) { return .years(from: x, to: y) }
            if let x = CalendarDate(iso: String(a)), let y = CalendarDate(iso: String(b)) { return .days(from: x, to: y) }
            return nil
        }
        if let y = Int(body) { return .year(y) }
        let parts = body.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return nil }
        let tail = parts[1]
        if tail.hasPrefix("Q"), let q = Int(tail.dropFirst()), (1...4).contains(q) { return .quarter(year: year, quarter: q) }
        if tail.hasPrefix("H"), let h = Int(tail.dropFirst()), (1...2).contains(h) { return .half(year: year, half: h) }
        if tail.hasSuffix("M"), let n = Int(tail.dropLast()), (1...12).contains(n) { return .firstMonths(year: year, months: n) }
        if let m = Int(tail), let ym = YearMonth(year: year, month: m) { return .month(ym) }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
