import PubstatModel

/// Reads the model values ``SnapshotWriter`` wrote (see `SnapshotWriter+Model.swift`).
extension SnapshotReader {
    mutating func bulletinID() throws(Malformed) -> BulletinID {
        switch try byte() {
        case 0:
            let raw = try raw(32)
            let text = String(unsafeUninitializedCapacity: 64) { out in
                let digits: StaticString = "0123456789abcdef"
                let table = digits.utf8Start
                for (index, byte) in raw.enumerated() {
                    out[2 * index] = table[Int(byte >> 4)]
                    out[2 * index + 1] = table[Int(byte & 15)]
                }
                return 64
            }
            return BulletinID(rawValue: text)
        case 1:
            return BulletinID(rawValue: try string())
        case let other:
            throw malformed("bulletin id tag \(other)")
        }
    }

    mutating func date() throws(Malformed) -> CalendarDate {
        let year = try int(), month = Int(try byte()), day = Int(try byte())
        guard let date = CalendarDate(year: year, month: month, day: day) else { throw malformed("no such date \(year)-\(month)-\(day)") }
        return date
    }

    mutating func yearMonth() throws(Malformed) -> YearMonth {
        let year = try int(), month = Int(try byte())
        guard let value = YearMonth(year: year, month: month) else { throw malformed("no such month \(year)-\(month)") }
        return value
    }

    /// An enumeration's raw value from the string table.
    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Malformed) -> T where T.RawValue == String {
        let text = try interned()
        guard let value = T(rawValue: text) else { throw malformed("\"\(text)\" is not a \(T.self)") }
        return value
    }

    mutating func jurisdiction() throws(Malformed) -> Jurisdiction {
        let level = try raw(Jurisdiction.Level.self)
        return Jurisdiction(level, try interned())
    }

    mutating func period() throws(Malformed) -> Period {
        let span: Period.Span
        switch try byte() {
        case 0: span = .year(try int())
        case 1: span = .month(try yearMonth())
        case 2: span = .quarter(year: try int(), quarter: try int())
        case 3: span = .half(year: try int(), half: try int())
        case 4: span = .firstMonths(year: try int(), months: try int())
        case 5: span = .years(from: try int(), to: try int())
        case 6: span = .days(from: try date(), to: try date())
        case let other: throw malformed("period tag \(other)")
        }
        return Period(span, isTarget: try bool())
    }

    mutating func span() throws(Malformed) -> SourceSpan {
        let start = try int(), end = try int()
        let present = try byte()
        var span = SourceSpan(start: start, end: end)
        if present & 1 != 0 { span.originalStart = try int() }
        if present & 2 != 0 { span.originalEnd = try int() }
        return span
    }

    mutating func figure() throws(Malformed) -> Figure {
        let mask = try varint()
        func has(_ bit: UInt64) -> Bool { mask & (1 << bit) != 0 }
        let indicator = Indicator(rawValue: try interned())
        let kind = try raw(FigureKind.self)
        let jurisdiction = try jurisdiction()
        var figure = Figure(indicator: indicator, value: nil, unit: nil, kind: kind, jurisdiction: jurisdiction, quote: try string())
        if has(0) { figure.value = try double() }
        if has(1) { figure.valueHigh = try double() }
        if has(2) { figure.unit = try raw(MeasureUnit.self) }
        if has(3) { figure.per = try interned() }
        if has(4) { figure.qualifier = try raw(Qualifier.self) }
        if has(5) { figure.period = try period() }
        if has(6) { figure.asOf = try date() }
        if has(7) { figure.yoyPct = try double() }
        if has(8) { figure.yoyRatio = try double() }
        if has(9) { figure.momPct = try double() }
        if has(10) { figure.captured = try yearMonth() }
        if has(11) { figure.portal = try interned() }
        if has(12) { figure.sector = try interned() }
        if has(13) { figure.scope = try interned() }
        if has(14) { figure.outOf = try double() }
        if has(15) { figure.priceBasis = try interned() }
        if has(16) { figure.source = try span() }
        if has(17) {
            let count = try count()
            var comparisons: [PlanComparison] = []
            comparisons.reserveCapacity(count)
            for _ in 0..<count {
                let pct = try double()
                comparisons.append(PlanComparison(pct: pct, authority: try raw(Authority.self)))
            }
            figure.pctOfPlan = comparisons
        }
        guard mask >> 18 == 0 else { throw malformed("unknown figure members \(mask)") }
        return figure
    }

    mutating func figures() throws(Malformed) -> [Figure] {
        let count = try count()
        var figures: [Figure] = []
        figures.reserveCapacity(count)
        for _ in 0..<count { figures.append(try figure()) }
        return figures
    }

    mutating func bulletinInfo() throws(Malformed) -> BulletinInfo {
        let present = try byte()
        let id = try bulletinID()
        let fileName = try string()
        let byteCount = try int()
        let version = try interned()
        var info = BulletinInfo(id: id, fileName: fileName, byteCount: byteCount, published: nil, subject: nil, title: nil,
                                extractorVersion: version)
        if present & 1 != 0 { info.published = try date() }
        if present & 2 != 0 { info.publishedMonth = try yearMonth() }
        if present & 4 != 0 { info.subject = try jurisdiction() }
        if present & 8 != 0 { info.title = try string() }
        return info
    }

    mutating func context() throws(Malformed) -> DocumentContext {
        let present = try byte()
        var context = DocumentContext()
        if present & 1 != 0 { context.sourceURL = try string() }
        if present & 2 != 0 { context.publisher = try interned() }
        if present & 4 != 0 { context.published = try date() }
        if present & 8 != 0 { context.jurisdiction = try jurisdiction() }
        return context
    }

    /// Nil when the event had no `unclassified` member (count 0), else the list.
    mutating func mentions() throws(Malformed) -> [UnclassifiedMention]? {
        let stored = try count()
        guard stored > 0 else { return nil }
        var mentions: [UnclassifiedMention] = []
        mentions.reserveCapacity(stored - 1)
        for _ in 0..<(stored - 1) {
            let present = try byte()
            let value = try double()
            let unit = try raw(MeasureUnit.self)
            let text = try string()
            let quote = try string()
            var mention = UnclassifiedMention(value: value, unit: unit, text: text, quote: quote, source: try span())
            if present & 1 != 0 { mention.valueHigh = try double() }
            if present & 2 != 0 { mention.period = try period() }
            if present & 4 != 0 { mention.indicator = Indicator(rawValue: try interned()) }
            mentions.append(mention)
        }
        return mentions
    }

    mutating func amendment() throws(Malformed) -> FigureAmendment {
        let mask = try varint()
        func has(_ bit: UInt64) -> Bool { mask & (1 << bit) != 0 }
        var amendment = FigureAmendment()
        if has(0) { amendment.indicator = Indicator(rawValue: try interned()) }
        if has(1) { amendment.unit = try raw(MeasureUnit.self) }
        if has(2) { amendment.per = try interned() }
        if has(3) { amendment.kind = try raw(FigureKind.self) }
        if has(4) { amendment.period = try period() }
        if has(5) { amendment.asOf = try date() }
        if has(6) { amendment.jurisdiction = try jurisdiction() }
        if has(7) { amendment.valueHigh = try double() }
        if has(8) { amendment.sector = try interned() }
        if has(9) { amendment.scope = try interned() }
        if has(10) { amendment.priceBasis = try interned() }
        guard mask >> 11 == 0 else { throw malformed("unknown amendment members \(mask)") }
        return amendment
    }

    mutating func requester() throws(Malformed) -> Requester {
        let uid = try fixed32()
        return Requester(uid: uid, user: try interned())
    }
}
