/// A number with a unit (money, percent, arrivals, a counted noun …) that no indicator of the
/// catalogue took: what the catalogue misses. Kept apart from figures, never in a projection.
///
/// JSON keys are snake_case like a figure's; absent optionals are omitted.
public struct UnclassifiedMention: Hashable, Sendable, Codable {
    /// The number in ``unit`` as written (scaled like a figure's: `1,2 tỷ đồng` is 1.2 `billion_vnd`).
    public var value: Double
    /// Upper end of a range such as "9 - 10%".
    public var valueHigh: Double?
    public var unit: MeasureUnit
    /// The number and its unit as written: `158 sản phẩm`, `12,5%`.
    public var text: String
    /// The period the surrounding text gives the number, when one is known.
    public var period: Period?
    /// The clause the number stands in (up to `;` or the end of the sentence).
    public var quote: String
    /// Where ``quote`` sits in the decoded bulletin text (UTF-8 byte offsets).
    public var source: SourceSpan
    /// The indicator the number was bound to when only its period or place was missing (a figure
    /// held back until a sidecar or source URL supplies them); nil for a number no cue named.
    public var indicator: Indicator?

    public init(value: Double, valueHigh: Double? = nil, unit: MeasureUnit, text: String, period: Period? = nil,
                quote: String, source: SourceSpan, indicator: Indicator? = nil) {
        self.indicator = indicator
        self.value = value
        self.valueHigh = valueHigh
        self.unit = unit
        self.text = text
        self.period = period
        self.quote = quote
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case value, unit, text, period, quote, source, indicator, valueHigh
    }
}

extension UnclassifiedMention {
    /// Writes the mention as `JSONEncoder` with `.sortedKeys` does.
    func write(to writer: inout JSONWriter) throws {
        writer.beginObject()
        if let indicator { writer.key("indicator"); writer.string(indicator.rawValue) }
        if let period { writer.key("period"); writer.string(period.description) }
        writer.key("quote"); writer.string(quote)
        writer.key("source"); source.write(to: &writer)
        writer.key("text"); writer.string(text)
        writer.key("unit"); writer.string(unit.rawValue)
        writer.key("value"); try writer.double(value)
        if let valueHigh { writer.key("value_high"); try writer.double(valueHigh) }
        writer.endObject()
    }

    /// Reads a mention as `init(from:)` decodes it; unknown keys are skipped.
    init(json reader: inout JSONReader) throws {
        let start = reader.position
        var value: Double?, valueHigh: Double?, unit: MeasureUnit?, text: String?, period: Period?
        var quote: String?, source: SourceSpan?, indicator: Indicator?
        try reader.readObject { r, key in
            switch key {
            case "value": value = try r.readOptional { try $0.readDouble() }
            case "value_high": valueHigh = try r.readOptional { try $0.readDouble() }
            case "unit": unit = try r.readOptional { try $0.readUnit() }
            case "text": text = try r.readOptional { try $0.readString() }
            case "period": period = try r.readOptional { try $0.readPeriod() }
            case "quote": quote = try r.readOptional { try $0.readString() }
            case "source": source = try r.readOptional(SourceSpan.init(json:))
            case "indicator": indicator = try r.readOptional { Indicator(try $0.readString()) }
            default: try r.skipValue()
            }
        }
        guard let value else { throw reader.missing("value", in: "an unclassified mention", at: start) }
        guard let unit else { throw reader.missing("unit", in: "an unclassified mention", at: start) }
        guard let text else { throw reader.missing("text", in: "an unclassified mention", at: start) }
        guard let quote else { throw reader.missing("quote", in: "an unclassified mention", at: start) }
        guard let source else { throw reader.missing("source", in: "an unclassified mention", at: start) }
        self.init(value: value, valueHigh: valueHigh, unit: unit, text: text, period: period, quote: quote, source: source,
                  indicator: indicator)
    }
}
