import PubstatModel

/// The model values of packed records. Enumerations are written by position, strings that may
/// repeat within a record with ``PackedWriter/text(_:)``; every optional member is one bit of a
/// presence mask written before the members that are present.
extension PackedWriter {
    mutating func span(_ span: SourceSpan) {
        int(span.start)
        int(span.end)
        byte((span.originalStart != nil ? 1 : 0) | (span.originalEnd != nil ? 2 : 0))
        if let start = span.originalStart { int(start) }
        if let end = span.originalEnd { int(end) }
    }

    /// A mention; its text, a part of its quote (always, from the extractor), as a byte range
    /// of the quote when it is one.
    mutating func mention(_ mention: UnclassifiedMention) {
        let within = Self.range(of: mention.text, in: mention.quote)
        byte((mention.valueHigh != nil ? 1 : 0) | (mention.period != nil ? 2 : 0) | (mention.indicator != nil ? 4 : 0)
             | (within != nil ? 8 : 0))
        double(mention.value)
        position(mention.unit)
        text(mention.quote)
        if let within {
            varint(UInt64(within.lowerBound))
            varint(UInt64(within.count))
        } else {
            text(mention.text)
        }
        span(mention.source)
        if let high = mention.valueHigh { double(high) }
        if let period = mention.period { self.period(period) }
        if let indicator = mention.indicator { text(indicator.rawValue) }
    }

    /// The UTF-8 byte offsets of the first occurrence of `part` in `whole`; nil when absent or empty.
    static func range(of part: String, in whole: String) -> Range<Int>? {
        let needle = Array(part.utf8)
        let haystack = Array(whole.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start..<start + needle.count }
        }
        return nil
    }
}
