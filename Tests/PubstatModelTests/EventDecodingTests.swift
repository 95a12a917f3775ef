import Foundation
import PubstatModel
import Testing

/// The hand-written reader against Foundation's encoder, and its strictness.
@Suite("Event decoding")
struct EventDecodingTests {
    static let sample: Event = {
        var figure = Figure(
            indicator: .budgetRevenueOnTerritory, value: 1208.8, unit: .billionVND, period: Period("2021-9M"),
            jurisdiction: Jurisdiction(.province, "Lai Châu"), quote: "thu \"ngân sách\" \\ 9 tháng"
        )
        figure.pctOfPlan = [PlanComparison(pct: 82, authority: .central)]
        figure.asOf = CalendarDate(year: 2021, month: 9, day: 10)
        figure.source = SourceSpan(start: 12, end: 80)
        return .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: BulletinID(rawValue: String(repeating: "ab", count: 32)), fileName: "a.txt", byteCount: 10,
                                   published: nil, subject: Jurisdiction(.province, "Lai Châu"), title: "Báo cáo", extractorVersion: "1"),
            figures: [figure]))
    }()

    static func json(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func foundationEncodedRandomEventsDecodeEqual() throws {
        var generator = EventGenerator(seed: 2024)
        for _ in 0..<2000 {
            let event = generator.event()
            let bytes = try FoundationEventCoding.encode(event)
            #expect(try EventCoding.decode(bytes) == event, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func doublesAreExact() throws {
        var generator = EventGenerator(seed: 99)
        for _ in 0..<20_000 {
            let value = generator.double()
            var figure = Figure(indicator: .touristArrivals, value: value, unit: nil, jurisdiction: Jurisdiction(.country, "VN"), quote: "")
            for text in [value.description, String(format: "%.17g", value), String(format: "%.25e", value), String(format: "%.3e", value)] {
                guard let parsed = Double(text), parsed.isFinite else { continue }  // %.3e can round up past the largest double
                figure.value = parsed
                let event = Event.figuresRevised(FiguresRevised(id: BulletinID(rawValue: "x"), extractorVersion: "1", figures: [figure]))
                let payload = #"{"data":{"extractorVersion":"1","figures":[{"indicator":"tourist_arrivals","jurisdiction":"country:VN","#
                    + #""value":\#(text)}],"id":"x"},"type":"figures.revised","v":1}"#
                let decoded = try EventCoding.decode(Self.json(payload))
                #expect(decoded == event, "\(text)")
                guard case .figuresRevised(let revised) = decoded else { continue }
                #expect(revised.figures[0].value?.bitPattern == Double(text)?.bitPattern, "\(text)")
            }
        }
    }

    @Test(arguments: [
        "1208.8", "82", "-0", "0.000001", "1E+2", "1e-2", "123456789012345678901234567890", "0.1000000000000000055511151231257827",
        "2.2250738585072011e-308", "9007199254740993", "4.9406564584124654e-324", "1.7976931348623157e308", "1e-400", "0.0e999",
    ])
    func numberForms(text: String) throws {
        let payload = #"{"type":"figures.revised","v":1,"data":{"id":"x","extractorVersion":"1","figures":[{"indicator":"i","jurisdiction":"country:VN","value":\#(text)}]}}"#
        guard case .figuresRevised(let revised) = try EventCoding.decode(Self.json(payload)) else {
            Issue.record("not figures.revised")
            return
        }
        #expect(revised.figures[0].value?.bitPattern == Double(text)?.bitPattern)
        if text == "1208.8" { #expect(revised.figures[0].value == 1208.8) }
    }

    @Test(arguments: ["1e309", "-1e400", "2e308"])
    func numbersBeyondDoubleAreRejected(text: String) {
        let payload = #"{"type":"figures.revised","v":1,"data":{"id":"x","extractorVersion":"1","figures":[{"indicator":"i","jurisdiction":"country:VN","value":\#(text)}]}}"#
        #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(payload)) }
    }

    @Test func escapesAndSurrogatePairs() throws {
        let payload = #"{"v":1,"type":"bulletin.rejected","data":{"id":"i","fileName":"a\"b\\c\/d\b\f\n\r\t\u0041\u00e2\u1EA1\uD83D\uDE00\u0000","byteCount":-7,"code":"no_text","reason":"r"}}"#
        guard case .bulletinRejected(let rejected) = try EventCoding.decode(Self.json(payload)) else {
            Issue.record("not bulletin.rejected")
            return
        }
        #expect(rejected.fileName == "a\"b\\c/d\u{08}\u{0C}\n\r\tAâạ😀\u{0}")
        #expect(rejected.byteCount == -7)
    }

    @Test func unknownKeysNullsWhitespaceAndKeyOrderAreAccepted() throws {
        let payload = """
            \t{ "future" : {"a": [1, 2.5e3, true, false, null, "x\\u00e9", {"deep": [[[]]]}], "huge": 1e400},
              "data" : { "reason": "r", "id": "i", "byteCount": 1.0e1, "code": "no_text", "fileName": "f", "extra": null,
                         "figures": "not for this type" },
              "v": 1, "type": "bulletin.rejected", "\\u0074ype": "bulletin.rejected" }\r\n
            """
        #expect(try EventCoding.decode(Self.json(payload))
            == .bulletinRejected(BulletinRejected(id: BulletinID(rawValue: "i"), fileName: "f", byteCount: 10, code: .noText, reason: "r")))

        let nulls = #"{"type":"figures.revised","v":1,"data":{"id":"x","extractorVersion":"1","figures":[{"indicator":"i","jurisdiction":"country:VN","value":null,"kind":null,"pct_of_plan":null,"quote":null,"unit":null,"source":null}]}}"#
        let figure = Figure(indicator: Indicator("i"), value: nil, unit: nil, jurisdiction: Jurisdiction(.country, "VN"), quote: "")
        #expect(try EventCoding.decode(Self.json(nulls))
            == .figuresRevised(FiguresRevised(id: BulletinID(rawValue: "x"), extractorVersion: "1", figures: [figure])))
    }

    @Test func sliceAndNonContiguousInputs() throws {
        let bytes = try FoundationEventCoding.encode(Self.sample)
        #expect(try EventCoding.decode(([0x20] + bytes + [0x20])[1...]) == Self.sample)
        #expect(try EventCoding.decode(bytes.lazy.map { $0 }) == Self.sample)
    }

    @Test func everyTruncationIsRejected() throws {
        let bytes = try FoundationEventCoding.encode(Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(bytes[..<length]) }
        }
    }

    static let malformedValues: [String] = [
        // Numbers
        "01", "1.", ".5", "-", "1e", "1e+", "+1", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "--1", "1.2.3",
        // Literals
        "tru", "nul", "True", "NULL", "falsey",
        // Strings
        #""\x""#, #""\u12""#, #""\uZZZZ""#, #""\uD800""#, #""\uD800\u0041""#, #""\uDC00""#, #""\uD800\uD800""#,
        "\"a\u{01}b\"", "\"tab\there\"", "\"newline\nhere\"", #""unterminated"#, "'single'", #""\""#,
        // Structure
        "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{,}", "{\"a\":}", "[1 2]", "{1:2}", "[", "{", "]", "}",
        "", ",", "{\"a\":1}}", "[[]", "{\"a\"}", "[,1]",
    ]

    /// Each malformed value is placed under an unknown key, which is skipped but still checked.
    @Test(arguments: malformedValues)
    func malformedValuesAreRejected(value: String) throws {
        let valid = try FoundationEventCoding.encode(Self.sample)
        let payload = Self.json("{\"zzz\":" + value + ",") + valid.dropFirst()
        let error = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(payload) }
        #expect(error?.message.hasPrefix("event payload is not valid JSON") == true, "\(error?.message ?? "")")
    }

    @Test func invalidUTF8IsRejected() throws {
        for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xE1, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            let head = Self.json(#"{"v":1,"type":"bulletin.rejected","data":{"id":"i","fileName":"a"#)
            let tail = Self.json(#"","byteCount":1,"code":"no_text","reason":"r"}}"#)
            #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(head + bad + tail) }
            let key = Self.json(#"{"k"#) + bad + Self.json(#"":1,"v":1,"type":"bulletin.rejected","data":{}}"#)
            #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(key) }
        }
    }

    @Test func trailingGarbageIsRejected() throws {
        let valid = try FoundationEventCoding.encode(Self.sample)
        for garbage in ["x", "{}", ",", "0", "\u{0}", "//", " ]"] {
            #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(valid + Self.json(garbage)) }
        }
        #expect(try EventCoding.decode(valid + Self.json(" \n\t\r")) == Self.sample)
    }

    @Test func deepNestingIsRejectedWithoutExhaustingTheStack() throws {
        let valid = try FoundationEventCoding.encode(Self.sample)
        func nested(_ depth: Int) -> [UInt8] {
            Self.json("{\"zzz\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ",") + valid.dropFirst()
        }
        #expect(try EventCoding.decode(nested(100)) == Self.sample)
        #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(nested(600)) }
        #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(String(repeating: "[", count: 100_000))) }
        #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(String(repeating: "{\"a\":", count: 100_000))) }
    }

    @Test func schemaErrorsNameTheTypeAndPath() throws {
        let payload = #"{"data":{"extractorVersion":"1","figures":[{"indicator":"i","jurisdiction":"country:VN"},{"indicator":"i","jurisdiction":"nowhere"}],"id":"x"},"type":"figures.revised","v":1}"#
        let error = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(payload)) }
        #expect(error?.message.contains("figures.revised v1 does not match its schema") == true)
        #expect(error?.message.contains("data.figures[1].jurisdiction") == true, "\(error?.message ?? "")")

        let missing = #"{"data":{"id":"i","fileName":"f","code":"no_text","reason":"r"},"type":"bulletin.rejected","v":1}"#
        let missingError = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(missing)) }
        #expect(missingError?.message.contains("byteCount") == true)

        for wrong in [#""byteCount":"1""#, #""byteCount":1.5"#, #""byteCount":1e30"#, #""byteCount":null"#] {
            let payload = #"{"data":{"id":"i","fileName":"f","code":"no_text","reason":"r",\#(wrong)},"type":"bulletin.rejected","v":1}"#
            #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(payload)) }
        }
    }

    @Test func unknownTypeOrVersionIsReportedAsSuch() throws {
        for payload in [#"{"type":"x.y","v":9,"data":{"figures":5}}"#, #"{"data":7,"type":"bulletin.ingested","v":3}"#] {
            let error = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(payload)) }
            #expect(error?.message.contains("unknown event type") == true, "\(error?.message ?? "")")
        }
        for payload in [#"{"data":{}}"#, #"{"type":"bulletin.ingested"}"#, #"{"type":1,"v":1}"#, #"[]"#, #""x""#, "7"] {
            let error = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Self.json(payload)) }
            #expect(error?.message.contains("type and a version") == true, "\(error?.message ?? "")")
        }
    }
}

/// The `<name>.meta.json` sidecar and the context it becomes in `bulletin.ingested` v2.
@Suite struct DocumentContextCodingTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aFullSidecarIsRead() throws {
        let context = try DocumentContext.sidecar(Self.bytes("""
            {"source_url": "https://www.laichau.gov.vn/tin/1", "publisher": "Cổng TTĐT tỉnh Lai Châu",
             "published": "2024-03-12", "jurisdiction": "province:Lai Châu", "scraper": {"run": 7}}
            """))
        #expect(context.sourceURL == "https://www.laichau.gov.vn/tin/1")
        #expect(context.sourceHost == "laichau.gov.vn")
        #expect(context.publisher == "Cổng TTĐT tỉnh Lai Châu")
        #expect(context.published == CalendarDate(year: 2024, month: 3, day: 12))
        #expect(context.jurisdiction == Jurisdiction(.province, "Lai Châu"))
        #expect(try DocumentContext.sidecar(Self.bytes(#"{"publisher": null}"#)).isEmpty)
        #expect(try DocumentContext.sidecar(Self.bytes("{}")) == DocumentContext())
    }

    @Test(arguments: [
        (#"{"published": "2024-13-01"}"#, "published \"2024-13-01\" is not a real date"),
        (#"{"published": "12/03/2024"}"#, "YYYY-MM-DD"),
        (#"{"jurisdiction": "Lai Châu"}"#, "jurisdiction \"Lai Châu\" is not level:Name"),
        (#"{"jurisdiction": "region:Tây Bắc"}"#, "level:Name"),
        (#"{"source_url": "laichau.gov.vn/x"}"#, "not an http:// or https:// URL"),
        (#"{"publisher": 7}"#, "publisher"),
        (#"["province:Lai Châu"]"#, "does not match its shape"),
        (#"{"published": "2024-03-12""#, "not valid JSON"),
        ("", "not valid JSON"),
    ])
    func aMalformedSidecarSaysWhatIsWrong(text: String, message: String) {
        let error = #expect(throws: SidecarError.self) { try DocumentContext.sidecar(Self.bytes(text)) }
        #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
    }

    @Test func v2RecordsTheContextAndV1UpcastsToAnEmptyOne() throws {
        let info = BulletinInfo(id: BulletinID(rawValue: "a"), fileName: "f.txt", byteCount: 3, published: nil, subject: nil,
                                title: nil, extractorVersion: "1")
        let context = DocumentContext(sourceURL: "https://sonla.gov.vn/x", published: CalendarDate(year: 2024, month: 1, day: 2),
                                      jurisdiction: Jurisdiction(.province, "Sơn La"))
        let event = Event.bulletinIngested(BulletinIngested(bulletin: info, figures: [], context: context))
        let text = String(decoding: try EventCoding.encode(event), as: UTF8.self)
        #expect(text == #"{"data":{"bulletin":{"byteCount":3,"extractorVersion":"1","fileName":"f.txt","id":"a"},"context":{"jurisdiction":"province:Sơn La","published":"2024-01-02","source_url":"https://sonla.gov.vn/x"},"figures":[]},"type":"bulletin.ingested","v":2}"#)
        #expect(try EventCoding.decode(Array(text.utf8)) == event)

        let v1 = #"{"data":{"bulletin":{"byteCount":3,"extractorVersion":"1","fileName":"f.txt","id":"a"},"figures":[]},"type":"bulletin.ingested","v":1}"#
        guard case .bulletinIngested(let old) = try EventCoding.decode(Array(v1.utf8)) else { Issue.record("not bulletin.ingested"); return }
        #expect(old.context.isEmpty)
        // v2 requires its context
        let missing = #"{"data":{"bulletin":{"byteCount":3,"extractorVersion":"1","fileName":"f.txt","id":"a"},"figures":[]},"type":"bulletin.ingested","v":2}"#
        let error = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Array(missing.utf8)) }
        #expect(error?.message.contains("context") == true)
    }

    @Test func legacyAndUnknownRejectionCodes() throws {
        let legacy = #"{"data":{"byteCount":0,"code":"empty","fileName":"f","id":"i","reason":"r"},"type":"bulletin.rejected","v":1}"#
        guard case .bulletinRejected(let e) = try EventCoding.decode(Array(legacy.utf8)) else { Issue.record("not bulletin.rejected"); return }
        #expect(e.code == .emptyFile)
        let unknown = legacy.replacingOccurrences(of: #""empty""#, with: #""nonsense""#)
        let error = #expect(throws: EventCoding.DecodeError.self) { try EventCoding.decode(Array(unknown.utf8)) }
        #expect(error?.message.contains("not a rejection code") == true)
    }
}
