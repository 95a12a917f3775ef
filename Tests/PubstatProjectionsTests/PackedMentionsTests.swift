import PubstatModel
import Testing
@testable import PubstatProjections

/// Packed mentions read back exactly what was packed, and both projection copies keep one packing.
@Suite struct PackedMentionsTests {
    static let spans: [Period.Span] = [
        .year(2024), .month(YearMonth(year: 2023, month: 12)!), .quarter(year: 2024, quarter: 3), .half(year: 2022, half: 1),
        .firstMonths(year: 2024, months: 9), .years(from: 2016, to: 2020),
        .days(from: CalendarDate(year: 2024, month: 2, day: 8)!, to: CalendarDate(year: 2024, month: 2, day: 14)!),
    ]

    /// Every member set, every period form, target or not, and every member absent.
    static var mentions: [UnclassifiedMention] {
        var out: [UnclassifiedMention] = []
        for (k, span) in spans.enumerated() {
            out.append(UnclassifiedMention(
                value: -1_234.5 * Double(k + 1), valueHigh: k.isMultiple(of: 2) ? 9.75 : nil, unit: MeasureUnit.allCases[k],
                text: "12,5% tăng", period: Period(span, isTarget: k.isMultiple(of: 3)),
                quote: "sản lượng lúa ước đạt \(k) nghìn tấn; Thành phố Hồ Chí Minh",
                source: SourceSpan(start: 1_000_000 + k, end: 1_000_050 + k, original: (k * 7)..<(k * 7 + 3)),
                indicator: k.isMultiple(of: 2) ? Indicator("grdp_growth") : nil))
        }
        // Texts inside their quotes (as the extractor makes them), one quote stated by two mentions.
        let clause = "đón 1,2 triệu lượt khách, tăng 12,5% so với cùng kỳ"
        out.append(UnclassifiedMention(value: 1.2, unit: .arrivals, text: "1,2 triệu lượt", quote: clause, source: SourceSpan(start: 7, end: 60)))
        out.append(UnclassifiedMention(value: 12.5, unit: .percent, text: "12,5%", quote: clause, source: SourceSpan(start: 7, end: 60)))
        out.append(UnclassifiedMention(value: 0.1 + 0.2, unit: .percent, text: "", quote: "", source: SourceSpan(start: 0, end: 0)))
        out.append(UnclassifiedMention(value: 1e300, unit: .tonne, text: "x", quote: String(repeating: "ạ", count: 300),
                                       source: SourceSpan(start: 5, end: 905)))
        return out
    }

    @Test func roundTripsEveryMember() {
        let mentions = Self.mentions
        let packed = PackedMentions(mentions)
        #expect(packed.count == mentions.count)
        #expect(packed.mentions == mentions)
        #expect(packed.mentions.map(\.value.bitPattern) == mentions.map(\.value.bitPattern))
        #expect(packed.prefix(3) == Array(mentions.prefix(3)))
        #expect(packed.prefix(0).isEmpty)
        #expect(packed.prefix(1_000) == mentions)
    }

    /// Canonically equivalent spellings (`String`'s `==` calls them equal) keep their own bytes.
    @Test func equivalentSpellingsKeepTheirBytes() {
        let composed = "tăng 5% so với cùng kỳ"  // NFC, as the extractor writes
        let decomposed = composed.withBreveDecomposed
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let mentions = [composed, decomposed, composed].map {
            UnclassifiedMention(value: 5, unit: .percent, text: "5%", quote: $0, source: SourceSpan(start: 0, end: 10))
        }
        let read = PackedMentions(mentions).mentions
        #expect(read.map { Array($0.quote.utf8) } == mentions.map { Array($0.quote.utf8) })
    }

    @Test func sameMentionsPackTheSame() {
        #expect(PackedMentions(Self.mentions) == PackedMentions(Self.mentions))
        #expect(PackedMentions(Self.mentions) != PackedMentions(Array(Self.mentions.dropLast())))
    }

    /// Two copies folding one prepared event keep the same buffers, not a packing or ids each.
    @Test func copiesFoldingOnePreparedEventShareStorage() throws {
        let event = UnclassifiedProjectionTests.ingested(
            1, bulletin: 1, figures: [Fixture.budget(500, period: "2024-Q1")], mentions: Self.mentions)
        let prepared = PreparedEvent(event)
        var first = Projections()
        var second = Projections()
        try first.apply(prepared)
        try second.apply(prepared)
        #expect(first == second)
        let packedFirst = try #require(first.unclassified.packed(of: Fixture.id(1)))
        let packedSecond = try #require(second.unclassified.packed(of: Fixture.id(1)))
        #expect(Self.address(packedFirst.bytes) == Self.address(packedSecond.bytes))
        let idsFirst = try #require(first.series.bulletins[Fixture.id(1)]?.figureIDs)
        let idsSecond = try #require(second.series.bulletins[Fixture.id(1)]?.figureIDs)
        #expect(idsFirst.isCompact)
        #expect(idsFirst == idsSecond)
        #expect(first.unclassified.mentions(of: Fixture.id(1)) == Self.mentions)
    }

    static func address<Element>(_ array: [Element]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}

private extension String {
    /// The string with each "ă" spelled as "a" and a combining breve (NFD).
    var withBreveDecomposed: String {
        String(String.UnicodeScalarView(unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            scalar == "ă" ? ["a", "\u{0306}"] : [scalar]
        }))
    }
}
