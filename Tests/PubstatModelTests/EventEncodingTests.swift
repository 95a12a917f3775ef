import PubstatModel
import Testing

/// The hand-written writer: round trips, Foundation's decoder agrees, and the bytes are the
/// ones Foundation's `JSONEncoder` wrote before.
@Suite("Event encoding")
struct EventEncodingTests {
    @Test func randomEventsRoundTrip() throws {
        var generator = EventGenerator(seed: 7)
        for _ in 0..<3000 {
            let event = generator.event()
            let bytes = try EventCoding.encode(event)
            #expect(try EventCoding.decode(bytes) == event, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func foundationDecodesWhatTheWriterWrites() throws {
        var generator = EventGenerator(seed: 11)
        for _ in 0..<2000 {
            let event = generator.event()
            let bytes = try EventCoding.encode(event)
            #expect(try FoundationEventCoding.decode(bytes) == event, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func bytesEqualFoundationEncoderOutput() throws {
        var generator = EventGenerator(seed: 13)
        for _ in 0..<2000 {
            let event = generator.event()
            let ours = try EventCoding.encode(event)
            let foundation = try FoundationEventCoding.encode(event)
            #expect(ours == foundation, "\n\(String(decoding: ours, as: UTF8.self))\n\(String(decoding: foundation, as: UTF8.self))")
        }
    }

    @Test func integralDoublesAndEscapesAreValidJSON() throws {
        var figure = Figure(indicator: .touristArrivals, value: 82, unit: .arrivals, jurisdiction: Jurisdiction(.province, "Lai Châu"),
                            quote: "a\"b\\c/d\n\u{01}😀")
        figure.yoyPct = -0.0
        figure.outOf = 1e22
        let event = Event.figuresRevised(FiguresRevised(id: BulletinID(rawValue: "x"), extractorVersion: "1", figures: [figure]))
        let text = String(decoding: try EventCoding.encode(event), as: UTF8.self)
        #expect(text.contains(#""value":82,"#))
        #expect(text.contains(#""yoy_pct":-0"#))
        #expect(text.contains(#""out_of":1e+22"#))
        #expect(text.contains(#""quote":"a\"b\\c/d\n\u0001😀""#))
        #expect(text.hasPrefix(#"{"data":{"extractorVersion":"1","figures":[{"#) && text.hasSuffix(#""id":"x"},"type":"figures.revised","v":1}"#))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, .signalingNaN])
    func nonFiniteNumbersAreNeverWritten(value: Double) {
        var figure = Figure(indicator: .touristArrivals, value: 1, unit: nil, jurisdiction: Jurisdiction(.country, "VN"), quote: "")
        figure.pctOfPlan = [PlanComparison(pct: value, authority: .plan)]
        let event = Event.figuresRevised(FiguresRevised(id: BulletinID(rawValue: "x"), extractorVersion: "1", figures: [figure]))
        #expect(throws: EventCoding.EncodeError.self) { try EventCoding.encode(event) }
    }

    @Test func emptyAndMinimalEvents() throws {
        let events: [Event] = [
            .bulletinRejected(BulletinRejected(id: BulletinID(rawValue: ""), fileName: "", byteCount: 0, code: .emptyFile, reason: "")),
            .figuresRevised(FiguresRevised(id: BulletinID(rawValue: "i"), extractorVersion: "", figures: [])),
            .bulletinIngested(BulletinIngested(
                bulletin: BulletinInfo(id: BulletinID(rawValue: "i"), fileName: "", byteCount: .min, published: nil, subject: nil,
                                       title: nil, extractorVersion: ""),
                figures: [])),
        ]
        for event in events {
            let bytes = try EventCoding.encode(event)
            #expect(bytes == (try FoundationEventCoding.encode(event)))
            #expect(try EventCoding.decode(bytes) == event)
        }
    }
}

/// The optional `unclassified` member of `bulletin.ingested` and `figures.revised`.
@Suite("Unclassified mentions in events")
struct UnclassifiedEventTests {
    static let info = BulletinInfo(
        id: BulletinID(rawValue: String(repeating: "a", count: 64)), fileName: "b.txt", byteCount: 10, published: nil,
        subject: nil, title: nil, extractorVersion: "1.1.0"
    )
    static let mention = UnclassifiedMention(value: 320, unit: .count, text: "320 doanh nghiệp", period: Period("2024"),
                                             quote: "toàn tỉnh có 320 doanh nghiệp thành lập mới", source: SourceSpan(start: 5, end: 56))

    @Test func absentWhenNoneAndReadBackWhenPresent() throws {
        let none = try EventCoding.encode(.bulletinIngested(BulletinIngested(bulletin: Self.info, figures: [])))
        #expect(!String(decoding: none, as: UTF8.self).contains("unclassified"), "absent means none")

        let event = Event.bulletinIngested(BulletinIngested(bulletin: Self.info, figures: [], unclassified: [Self.mention]))
        let bytes = try EventCoding.encode(event)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""unclassified":[{"period":"2024","quote":"toàn tỉnh có 320 doanh nghiệp thành lập mới","source":{"end":56,"start":5},"text":"320 doanh nghiệp","unit":"count","value":320}]"#))
        guard case .bulletinIngested(let decoded) = try EventCoding.decode(bytes) else {
            Issue.record("not a bulletin.ingested")
            return
        }
        #expect(decoded.unclassified == [Self.mention])
    }

    @Test func aV1RecordWithoutTheMemberStillDecodes() throws {
        let old = #"{"data":{"extractorVersion":"1.0.0","figures":[],"id":"\#(String(repeating: "b", count: 64))"},"type":"figures.revised","v":1}"#
        guard case .figuresRevised(let revised) = try EventCoding.decode(Array(old.utf8)) else {
            Issue.record("not a figures.revised")
            return
        }
        #expect(revised.unclassified == nil)
    }

    @Test func aMalformedMentionIsASchemaError() {
        let bad = #"{"data":{"bulletin":{"byteCount":1,"extractorVersion":"x","fileName":"f","id":"\#(String(repeating: "c", count: 64))"},"figures":[],"unclassified":[{"value":1}]},"type":"bulletin.ingested","v":1}"#
        #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Array(bad.utf8)) }
    }
}
