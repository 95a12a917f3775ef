import PubstatModel

/// The model values of the binary snapshot format. Enumerations are written by raw value
/// through the string table, so adding a case never shifts what an older snapshot means; every
/// optional member is one bit of a presence mask written before the members that are present.
extension SnapshotWriter {
    /// A bulletin's SHA-256: 32 raw bytes when it is 64 lowercase hex digits (always, for IDs
    /// intake made), else the text as it was logged.
    mutating func bulletinID(_ id: BulletinID) {
        var text = id.rawValue
        let packed: [UInt8]? = text.withUTF8 { utf8 in
            guard utf8.count == 64 else { return nil }
            var out = [UInt8](repeating: 0, count: 32)
            for index in 0..<32 {
                guard let high = Self.hexValue(utf8[2 * index]), let low = Self.hexValue(utf8[2 * index + 1]) else { return nil }
                out[index] = high << 4 | low
            }
            return out
        }
        if let packed {
            byte(0)
            append(packed)
        } else {
            byte(1)
            string(id.rawValue)
        }
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    mutating func jurisdiction(_ jurisdiction: Jurisdiction) {
        interned(jurisdiction.level.rawValue)
        interned(jurisdiction.name)
    }

    mutating func span(_ span: SourceSpan) {
        int(span.start)
        int(span.end)
        byte((span.originalStart != nil ? 1 : 0) | (span.originalEnd != nil ? 2 : 0))
        if let start = span.originalStart { int(start) }
        if let end = span.originalEnd { int(end) }
    }

    mutating func figure(_ figure: Figure) {
        varint(figure.presenceMask)
        interned(figure.indicator.rawValue)
        interned(figure.kind.rawValue)
        jurisdiction(figure.jurisdiction)
        string(figure.quote)
        if let value = figure.value { double(value) }
        if let value = figure.valueHigh { double(value) }
        if let unit = figure.unit { interned(unit.rawValue) }
        if let per = figure.per { interned(per) }
        if let qualifier = figure.qualifier { interned(qualifier.rawValue) }
        if let period = figure.period { self.period(period) }
        if let asOf = figure.asOf { date(asOf) }
        if let value = figure.yoyPct { double(value) }
        if let value = figure.yoyRatio { double(value) }
        if let value = figure.momPct { double(value) }
        if let captured = figure.captured { yearMonth(captured) }
        if let portal = figure.portal { interned(portal) }
        if let sector = figure.sector { interned(sector) }
        if let scope = figure.scope { interned(scope) }
        if let value = figure.outOf { double(value) }
        if let basis = figure.priceBasis { interned(basis) }
        if let source = figure.source { span(source) }
        if !figure.pctOfPlan.isEmpty {
            varint(UInt64(figure.pctOfPlan.count))
            for comparison in figure.pctOfPlan {
                double(comparison.pct)
                interned(comparison.authority.rawValue)
            }
        }
    }

    mutating func figures(_ figures: [Figure]) {
        varint(UInt64(figures.count))
        for figure in figures { self.figure(figure) }
    }

    mutating func bulletinInfo(_ info: BulletinInfo) {
        byte((info.published != nil ? 1 : 0) | (info.publishedMonth != nil ? 2 : 0) | (info.subject != nil ? 4 : 0)
             | (info.title != nil ? 8 : 0))
        bulletinID(info.id)
        string(info.fileName)
        int(info.byteCount)
        interned(info.extractorVersion)
        if let published = info.published { date(published) }
        if let month = info.publishedMonth { yearMonth(month) }
        if let subject = info.subject { jurisdiction(subject) }
        if let title = info.title { string(title) }
    }

    mutating func context(_ context: DocumentContext) {
        byte((context.sourceURL != nil ? 1 : 0) | (context.publisher != nil ? 2 : 0) | (context.published != nil ? 4 : 0)
             | (context.jurisdiction != nil ? 8 : 0))
        if let url = context.sourceURL { string(url) }
        if let publisher = context.publisher { interned(publisher) }
        if let published = context.published { date(published) }
        if let jurisdiction = context.jurisdiction { self.jurisdiction(jurisdiction) }
    }

    mutating func mentions(_ mentions: [UnclassifiedMention]?) {
        guard let mentions else {
            varint(0)
            return
        }
        varint(UInt64(mentions.count) + 1)
        for mention in mentions {
            byte((mention.valueHigh != nil ? 1 : 0) | (mention.period != nil ? 2 : 0) | (mention.indicator != nil ? 4 : 0))
            double(mention.value)
            interned(mention.unit.rawValue)
            string(mention.text)
            string(mention.quote)
            span(mention.source)
            if let high = mention.valueHigh { double(high) }
            if let period = mention.period { self.period(period) }
            if let indicator = mention.indicator { interned(indicator.rawValue) }
        }
    }

    mutating func amendment(_ amendment: FigureAmendment) {
        let present: [Bool] = [
            amendment.indicator != nil, amendment.unit != nil, amendment.per != nil, amendment.kind != nil,
            amendment.period != nil, amendment.asOf != nil, amendment.jurisdiction != nil, amendment.valueHigh != nil,
            amendment.sector != nil, amendment.scope != nil, amendment.priceBasis != nil,
        ]
        varint(present.enumerated().reduce(0) { mask, bit in bit.element ? mask | 1 << UInt64(bit.offset) : mask })
        if let indicator = amendment.indicator { interned(indicator.rawValue) }
        if let unit = amendment.unit { interned(unit.rawValue) }
        if let per = amendment.per { interned(per) }
        if let kind = amendment.kind { interned(kind.rawValue) }
        if let period = amendment.period { self.period(period) }
        if let asOf = amendment.asOf { date(asOf) }
        if let jurisdiction = amendment.jurisdiction { self.jurisdiction(jurisdiction) }
        if let high = amendment.valueHigh { double(high) }
        if let sector = amendment.sector { interned(sector) }
        if let scope = amendment.scope { interned(scope) }
        if let basis = amendment.priceBasis { interned(basis) }
    }

    mutating func requester(_ requester: Requester) {
        fixed32(requester.uid)
        interned(requester.user)
    }
}
