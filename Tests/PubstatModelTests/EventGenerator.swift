import PubstatModel
import PubstatTestSupport

/// Seeded random events for coding tests: every optional present or absent, hostile strings,
/// extreme numbers. SplitMix64, so a failing seed reproduces.
struct EventGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func int(_ range: ClosedRange<Int>) -> Int { random.int(range) }

    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    mutating func pick<T>(_ options: [T]) -> T { options[int(0...options.count - 1)] }

    mutating func maybe<T>(_ make: (inout EventGenerator) -> T) -> T? { chance(50) ? make(&self) : nil }

    // MARK: Values

    static let fragments: [String] = [
        "Tổng thu ngân sách", "ước đạt", "tỷ đồng", "Lai Châu", "Thành phố Hồ Chí Minh", "Đắk Lắk", "tăng 5,3%",
        "\"", "\\", "/", "\\u0041", "\n", "\r\n", "\t", "\u{08}", "\u{0C}", "\u{00}", "\u{01}", "\u{1F}", "\u{7F}",
        "😀", "👨‍👩‍👧", "🇻🇳", "\u{2028}", "\u{2029}", "\u{FEFF}", "e\u{0301}", "Ω", "中文", "𝄞", " ", "a", "{\"x\":[1,2]}",
        "null", "9.5e3", "}", "]", ",", ":",
    ]

    mutating func text(maxParts: Int = 6) -> String {
        (0..<int(0...maxParts)).map { _ in pick(Self.fragments) }.joined()
    }

    /// A string that is never empty and does not start with a combining mark (a jurisdiction name).
    mutating func name() -> String { pick(["Lai Châu", "Tỉnh Mẫu", "A", "x:y"]) + text(maxParts: 3) }

    static let specialDoubles: [Double] = [
        0, -0.0, 1, -1, 82, 1208.8, 8123.45, 76.2, 0.1, 0.2, 0.30000000000000004, 1e15, 1e16, 1e21, 1e22, 1e23,
        123_456_789_012_345_680, 9_007_199_254_740_992, 9_007_199_254_740_994, -2.5e-8, 1e-5,
        Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, Double.leastNormalMagnitude,
        Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, Double(bitPattern: 0x000F_FFFF_FFFF_FFFF),
        Double.ulpOfOne, .pi, 1.7976931348623157e308, 215_400, 1_234_567,
    ]

    mutating func double() -> Double {
        switch int(0...3) {
        case 0: return pick(Self.specialDoubles)
        case 1: return Double(int(-1_000_000...1_000_000))
        case 2: return Double(int(-1_000_000...1_000_000)) / 100
        default:
            while true {
                let value = Double(bitPattern: next())
                if value.isFinite { return value }
            }
        }
    }

    mutating func integer() -> Int {
        chance(20) ? pick([Int.min, Int.max, 0, -1]) : int(-1_000_000_000...1_000_000_000)
    }

    mutating func date() -> CalendarDate {
        let year = int(1900...2100), month = int(1...12)
        return CalendarDate(year: year, month: month, day: int(1...CalendarDate.daysIn(month: month, year: year)))!
    }

    mutating func period() -> Period {
        let year = int(1990...2040)
        let span: Period.Span
        switch int(0...6) {
        case 0: span = .year(year)
        case 1: span = .month(YearMonth(year: year, month: int(1...12))!)
        case 2: span = .quarter(year: year, quarter: int(1...4))
        case 3: span = .half(year: year, half: int(1...2))
        case 4: span = .firstMonths(year: year, months: int(1...12))
        case 5: span = .years(from: year, to: year + int(0...10))
        default: span = .days(from: date(), to: date())
        }
        return Period(span, isTarget: chance(20))
    }

    mutating func jurisdiction() -> Jurisdiction { Jurisdiction(pick(Jurisdiction.Level.allCases), name()) }

    mutating func id() -> BulletinID {
        BulletinID(rawValue: String((0..<64).map { _ in pick(Array("0123456789abcdef")) }))
    }

    mutating func figure() -> Figure {
        var figure = Figure(
            indicator: Indicator(chance(80) ? pick(["budget_revenue_on_territory", "tourist_arrivals", "portal_visits_total"]) : text()),
            value: maybe { $0.double() }, unit: maybe { $0.pick(MeasureUnit.allCases) },
            kind: pick(FigureKind.allCases), period: maybe { $0.period() }, jurisdiction: jurisdiction(), quote: text(maxParts: 12)
        )
        figure.valueHigh = maybe { $0.double() }
        figure.per = maybe { $0.text() }
        figure.qualifier = maybe { _ in .approx }
        figure.asOf = maybe { $0.date() }
        figure.pctOfPlan = (0..<int(0...3)).map { _ in PlanComparison(pct: double(), authority: pick(Authority.allCases)) }
        figure.yoyPct = maybe { $0.double() }
        figure.yoyRatio = maybe { $0.double() }
        figure.momPct = maybe { $0.double() }
        figure.captured = maybe { YearMonth(year: $0.int(1990...2040), month: $0.int(1...12))! }
        figure.portal = maybe { $0.text() }
        figure.sector = maybe { $0.text() }
        figure.scope = maybe { $0.text() }
        figure.outOf = maybe { $0.double() }
        figure.priceBasis = maybe { $0.text() }
        figure.source = maybe { SourceSpan(start: $0.integer(), end: $0.integer()) }
        return figure
    }

    /// None half the time (the member is then absent), else one to three.
    mutating func mentions() -> [UnclassifiedMention] {
        guard chance(50) else { return [] }
        return (0..<int(1...3)).map { _ in
            UnclassifiedMention(value: double(), valueHigh: maybe { $0.double() }, unit: pick(MeasureUnit.allCases), text: text(),
                                period: maybe { $0.period() }, quote: text(maxParts: 12),
                                source: SourceSpan(start: integer(), end: integer()))
        }
    }

    mutating func event() -> Event {
        switch int(0...2) {
        case 0:
            var info = BulletinInfo(
                id: id(), fileName: text(), byteCount: integer(), published: maybe { $0.date() },
                subject: maybe { $0.jurisdiction() }, title: maybe { $0.text() }, extractorVersion: text()
            )
            info.publishedMonth = maybe { YearMonth(year: $0.int(1990...2040), month: $0.int(1...12))! }
            let context = DocumentContext(
                sourceURL: maybe { "https://\($0.int(0...999)).example.vn/\($0.text())" }, publisher: maybe { $0.text() },
                published: maybe { $0.date() }, jurisdiction: maybe { $0.jurisdiction() }
            )
            return .bulletinIngested(BulletinIngested(bulletin: info, figures: (0..<int(0...4)).map { _ in figure() }, context: context,
                                                      unclassified: mentions()))
        case 1:
            return .bulletinRejected(BulletinRejected(id: id(), fileName: text(), byteCount: integer(), code: RejectionCode.allCases[int(0...(RejectionCode.allCases.count - 1))], reason: text()))
        default:
            return .figuresRevised(FiguresRevised(id: id(), extractorVersion: text(), figures: (0..<int(0...4)).map { _ in figure() },
                                                  unclassified: mentions()))
        }
    }
}
