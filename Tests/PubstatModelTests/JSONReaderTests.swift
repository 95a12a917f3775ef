@testable import PubstatModel
import Testing

/// Internals of the hand-written reader that the event-level tests reach only indirectly.
@Suite("JSON reader")
struct JSONReaderTests {
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = EventGenerator(seed: 5)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
                                    0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<50_000 {
            let bytes = (0..<generator.int(0...12)).map { _ in
                generator.chance(70) ? generator.pick(interesting) : UInt8(truncatingIfNeeded: generator.next())
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(JSONReader.isValidUTF8) == expected, "\(bytes)")
        }
        let text = Array("Tổng thu ngân sách 😀 \u{10FFFF} plain ASCII run of more than eight bytes".utf8)
        #expect(text.withUnsafeBufferPointer(JSONReader.isValidUTF8))
    }

    @Test(arguments: ["2024", "2024-03", "2024-Q3", "2024-H1", "2024-9M", "2024-12M", "2016/2020", "2024-02-08/2024-02-14",
                      "2025-target", "2021/2025-target", "2024-9M-target", "2024-13", "2024-Q5", "2024-0M", "2024-13M",
                      "2024-09M", "2024-2-8/2024-2-9", "2024-02-30/2024-03-01", "24-03", "-target", "2024-H3", "20245"])
    func periodFastPathAgreesWithPeriodInit(text: String) {
        let fast = Array(text.utf8).withUnsafeBufferPointer(PeriodBytes.parse)
        if let fast { #expect(fast == Period(text)) }  // the fast path may decline; it must never differ
    }

    @Test(arguments: ["province:Lai Châu", "city:Đà Nẵng", "country:VN", "commune:x:y", "special_zone:Côn Đảo", "ward:Phong Thái", "province:", "nowhere:X",
                      "province:\u{301}x", "Province:X", "town: leading space"])
    func jurisdictionsDecodeAsJurisdictionInit(text: String) throws {
        var json = Array("\"".utf8)
        json += Array(text.utf8) + Array("\"".utf8)
        let read: Jurisdiction? = json.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            return try? reader.readJurisdiction()
        }
        #expect(read == Jurisdiction(text))
        #expect(read?.name == Jurisdiction(text)?.name)
    }
}
