import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

/// Font-damaged PDF text: repaired in decoding, with the unrepaired bytes still addressed.
/// Every sentence here is invented.
@Suite struct TextRepairTests {
    private func repaired(_ text: String) -> String {
        let nfc = Array(text.precomposedStringWithCanonicalMapping.utf8)
        return String(decoding: TextRepair.repair(nfc).text, as: UTF8.self)
    }

    private func decoded(_ text: String) throws -> String {
        try BulletinExtractor.decodedText(bytes: Array(text.utf8), fileName: "x.txt")
    }

    /// The byte range of the first occurrence of `needle`.
    private func range(of needle: String, in haystack: [UInt8]) throws -> Range<Int> {
        let n = Array(needle.utf8)
        let start = try #require((0...(haystack.count - n.count)).first { haystack[$0..<$0 + n.count].elementsEqual(n) })
        return start..<start + n.count
    }

    @Test func garbledHornBecomesUHorn() {
        #expect(repaired("Thƣơng mại tƣ nhân tăng trƣởng") == "Thương mại tư nhân tăng trưởng")
        #expect(repaired("ƢỚC TÍNH cả năm") == "ƯỚC TÍNH cả năm")
        #expect(repaired("ngƣờidân") == "ngườidân")  // two syllables glued: only the letter is replaced
    }

    @Test func marksInTheWrongOrderAreComposed() {
        // acute before circumflex: NFC alone leaves é followed by a circumflex
        #expect("ke\u{301}\u{302}t".precomposedStringWithCanonicalMapping != "kết")
        #expect(repaired("ke\u{301}\u{302}t qua\u{309}") == "kết quả")
        #expect(repaired("to\u{309}\u{302}ng so\u{301}\u{302}") == "tổng số")
        #expect(repaired("na\u{301}\u{306}m") == "nắm")
    }

    @Test func marksNFCAlreadyOrdersStayComposed() throws {
        // horn (class 216) before acute (230) is canonical order: decoding's NFC mends it, repair sees clean text
        #expect(try decoded("mo\u{301}\u{31B}i") == "mới")
        #expect(try decoded("ÐA\u{323}\u{323}T KÊ\u{301}\u{301} HOA\u{323}CH") == "ĐẠT KẾ HOẠCH")
    }

    @Test func doubledTonesAreKeptOnce() {
        #expect(repaired("đa\u{323}\u{323}t 95%") == "đạt 95%")
        #expect(repaired("ca\u{301}\u{301}c xã") == "các xã")
        #expect(repaired("tăng trươ\u{309}\u{309}ng") == "tăng trưởng")
        #expect(repaired("vốn\u{301} đầu tư") == "vốn đầu tư")
    }

    @Test func spacingAccentsBecomeTones() {
        #expect(repaired("kê´t qua tô´t") == "kết qua tốt")
        #expect(repaired("nhiê\u{2CB}u") == "nhiều")
        #expect(repaired("mô\u{2DC}i") == "mỗi")
        #expect(repaired("kê\u{2C0} ca\u{2CA}ch") == "kể cách")
        #expect(repaired("´ 5") == "´ 5")  // an accent standing alone is left
    }

    @Test func toneOnAConsonantMovesToTheVowel() {
        #expect(repaired("ban\u{301} le\u{309}") == "bán lẻ")
        #expect(repaired("hoan\u{300}h thành") == "hoành thành")
        #expect(repaired("khach\u{301}") == "khách")
        #expect(repaired("sach\u{301}") == "sách")
    }

    @Test func tonesGoToTheConventionalVowel() {
        // open syllables: the first of two vowels (hóa, thủy, khỏe), the middle of three (ngoái)
        #expect(repaired("Thanh hoa´") == "Thanh hóa")
        #expect(repaired("thuyˀ") == "thủy")
        #expect(repaired("thuy\u{309}") == "thuỷ")  // composes to clean old-style thuỷ: not damage
        #expect(repaired("ngoai´") == "ngoái")
        // a closed syllable: the last vowel (hoàng); a vowel with a quality mark wins (thuế, người)
        #expect(repaired("hoang\u{300}") == "hoàng")
        #expect(repaired("thuê´") == "thuế")
        #expect(repaired("quan\u{309}") == "quản")
        #expect(repaired("gia´") == "giá")
        #expect(repaired("ngƣơ\u{300}i") == "người")
        #expect(repaired("mua´") == "múa")
        #expect(repaired("khoe\u{2C0}") == "khỏe")
    }

    @Test func twoDifferentTonesAreNotGuessed() {
        #expect(repaired("ba\u{301}\u{300}n") == "bá\u{300}n")
        #expect(repaired("tƣ\u{301}\u{300}") == "tứ\u{300}")
    }

    @Test func ethBecomesDStrokeInVietnameseWordsOnly() {
        #expect(repaired("Ðiện Biên ðạt") == "Điện Biên đạt")
        #expect(repaired("Guðrún") == "Guðrún")
        #expect(repaired("España, Gdańsk") == "España, Gdańsk")
    }

    @Test func ligaturesHyphensAndInvisibleSpaces() {
        #expect(repaired("ﬁle ﬂash") == "file flash")
        #expect(repaired("in\u{AD}ternet") == "internet")
        #expect(repaired("tỉnh\u{200B}Lai Châu") == "tỉnh Lai Châu")
        #expect(repaired("tỉnh \u{200B}Lai\u{200D}\u{FEFF} Châu") == "tỉnh Lai Châu")
        #expect(repaired("1.208,8\u{A0}tỷ\u{202F}đồng") == "1.208,8 tỷ đồng")
    }

    @Test func cleanTextIsUntouched() throws {
        let clean = """
        Năm 2023, thu ngân sách trên địa bàn tỉnh Điện Biên đạt 2.604,3 tỷ đồng; hoà vốn, thuỷ lợi, khoẻ mạnh.
        Quý IV, giá trị xuất khẩu ước tính 96,5 triệu USD (+4,2%), tỷ lệ hộ nghèo giảm còn 18,07%.
        Đoàn khảo sát “Ðặc sản” — ×2, 25°C.
        """
        let utf8 = Array(clean.utf8)
        let (text, map) = TextRepair.repair(utf8)
        #expect(map.edits.count == 1)  // the one Ð
        let plain = Array(clean.replacingOccurrences(of: "Ðặc", with: "Đặc").utf8)
        #expect(text == plain)
        #expect(TextRepair.repair(plain).map.isIdentity)
        #expect(!ByteProfile(plain).mayNeedRepair)
        #expect(try decoded(String(decoding: plain, as: UTF8.self)) == String(decoding: plain, as: UTF8.self))
        // decomposed clean text is composed, not repaired: old-style tones stay where they were
        let nfd = String(decoding: plain, as: UTF8.self).decomposedStringWithCanonicalMapping
        #expect(try decoded(nfd) == String(decoding: plain, as: UTF8.self))
    }

    @Test func theByteProfileSeesEveryDamageKind() {
        for damaged in ["tƣ", "Ƣ", "a\u{301}\u{301}", "ń", "´", "ˊ", "ˋ", "˜", "ˀ", "ð", "Ð", "ﬁ", "ﬂ", "\u{AD}", "\u{A0}",
                        "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{202F}", "x\u{FEFF}", "ṇ"] {
            #expect(ByteProfile(Array(damaged.utf8)).mayNeedRepair, "\(damaged.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(!ByteProfile(Array("Sở Công Thương tỉnh Lào Cai – “kỷ lục” 10⁶ ₫ …".utf8)).mayNeedRepair)
    }

    @Test func noBreakSpacesAloneTakeTheShortPathWithTheSameResult() {
        // every other damage kind needs the full repair
        for damaged in ["tƣ", "Ƣ", "a\u{301}", "ń", "´", "ð", "ﬁ", "\u{AD}", "\u{200B}", "\u{202F}", "x\u{FEFF}", "ṇ"] {
            #expect(ByteProfile(Array(("a\u{A0}b " + damaged).utf8)).mayNeedOtherRepair, "\(damaged.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(!ByteProfile(Array("Sở Công Thương « tỉnh » © 25°C\u{A0}đạt".utf8)).mayNeedOtherRepair)
        // no-break spaces at the start, the end, side by side, next to other U+0080–U+00BF characters,
        // and at every offset of an eight-byte word
        var texts = ["\u{A0}", "\u{A0}đầu", "cuối\u{A0}", "a\u{A0}\u{A0}b", "«\u{A0}Lào Cai\u{A0}» © 2024 ±1,5°C", "không có"]
        for pad in 0..<17 {
            texts.append(String(repeating: "x", count: pad) + "\u{A0}tăng 9,5%\u{A0}" + String(repeating: "ệ", count: pad))
        }
        for text in texts {
            let utf8 = Array(text.utf8)
            #expect(!ByteProfile(utf8).mayNeedOtherRepair, "\(text)")
            let short = TextRepair.replaceNoBreakSpaces(utf8)
            let full = TextRepair.repair(utf8)
            #expect(short.text == full.text, "\(text)")
            #expect(short.map == full.map, "\(text)")
        }
    }

    @Test func offsetsMapBackToTheInputBytes() throws {
        let input = "Giá trị \u{A0}sản xuất công nghiệp tƣ nhân ða\u{323}\u{323}t 1.250 tỷ đồng, tăng 9%."
        let original = Array(input.utf8)
        let result = try BulletinDecoder.decodeText(original, fileName: "x.txt")
        let text = result.utf8
        #expect(String(decoding: text, as: UTF8.self) == "Giá trị  sản xuất công nghiệp tư nhân đạt 1.250 tỷ đồng, tăng 9%.")
        // each piece of the repaired text maps to the bytes it was made from
        let pieces = [("Giá trị ", "Giá trị "), ("sản xuất", "sản xuất"), ("tư nhân", "tƣ nhân"), ("đạt", "ða\u{323}\u{323}t"),
                      ("1.250 tỷ đồng, tăng 9%.", "1.250 tỷ đồng, tăng 9%."),
                      ("nghiệp tư nhân đạt 1.250", "nghiệp tƣ nhân ða\u{323}\u{323}t 1.250")]
        for (clean, damaged) in pieces {
            let mapped = result.provenance.inputRange(of: try range(of: clean, in: text))
            #expect(String(decoding: original[mapped], as: UTF8.self) == damaged, "\(clean)")
        }
        // a range inside a rebuilt word widens to the whole word
        let inside = try range(of: "ư", in: text)
        #expect(String(decoding: original[result.provenance.inputRange(of: inside)], as: UTF8.self) == "tƣ")
        #expect(result.provenance.inputRange(of: 0..<0) == 0..<0)
        #expect(result.provenance.inputRange(of: text.count..<text.count) == original.count..<original.count)
    }

    @Test func offsetsSeeThroughByteOrderMarkLineEndsAndNFC() throws {
        // a decomposed, CRLF, BOM-prefixed file with damage: offsets still address the file's bytes
        let lines = ["Tiêu đề bản tin", "Ngành thƣơng mại tỉnh đa\u{323}\u{323}t kết quả tốt", "Doanh thu tăng 7,5%."]
        let body = lines.map { $0.decomposedStringWithCanonicalMapping }.joined(separator: "\r\n")
        let file: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(body.utf8)
        let result = try BulletinDecoder.decodeText(file, fileName: "x.txt")
        let text = result.utf8
        #expect(String(decoding: text, as: UTF8.self) == "Tiêu đề bản tin\nNgành thương mại tỉnh đạt kết quả tốt\nDoanh thu tăng 7,5%.")
        for (clean, raw) in [("thương mại", "thƣơng mại"), ("đạt kết quả", "đa\u{323}\u{323}t kết quả"), ("Doanh thu tăng 7,5%.", lines[2]),
                             ("tin\nNgành", "tin\r\nNgành"), ("Tiêu", "Tiêu")] {
            let mapped = result.provenance.inputRange(of: try range(of: clean, in: text))
            #expect(file[mapped].elementsEqual(raw.decomposedStringWithCanonicalMapping.utf8), "\(clean)")
        }
    }

    @Test func composingRunByRunEqualsComposingTheWholeText() {
        let text = "Đắk Lắk: hoà, thuỷ, khỏe; Quý IV ước đạt 4.120 tỷ đồng (+6,1%) — “Nghị quyết” số 12/NQ-HĐND.\n"
        for form in [text.decomposedStringWithCanonicalMapping, text, "e\u{301}\u{302} a\u{323}\u{306}\u{301} \u{301}x"] {
            var map = RepairMap()
            let runByRun = TextNormaliser.nfc(Array(form.utf8), map: &map)
            #expect(runByRun == Array(form.precomposedStringWithCanonicalMapping.utf8))
        }
    }

    @Test func damagedSentenceGivesTheCleanFigureAndQuote() throws {
        let clean = "Năm 2022, thu ngân sách trên địa bàn tỉnh Hà Giang ước đạt 3.246,7 tỷ đồng, tăng 12,5% so với năm trước."
        let damaged = "Năm 2022, thu ngân sach\u{301} trên ðịa ba\u{2CB}n tỉnh Hà\u{300} Giang ƣớc đa\u{323}\u{323}t 3.246,7\u{A0}tỷ đồng, tăng 12,5% so vơ\u{301}i năm trƣớc."
        let want = try #require(figures(try extract(clean), "budget_revenue_on_territory").first)
        let got = try #require(figures(try extract(damaged), "budget_revenue_on_territory").first)
        #expect(got.value == 3246.7 && got.value == want.value && got.unit == want.unit)
        #expect(got.period == want.period && got.jurisdiction == want.jurisdiction && got.yoyPct == want.yoyPct)
        #expect(got.quote == want.quote)
        #expect(!got.quote.contains("ƣ"))
        // `source` addresses the repaired text, the original range the damaged one
        let span = try #require(got.source)
        let repairedText = Array(try decoded(damaged).utf8)
        #expect(String(decoding: repairedText[span.start..<span.end], as: UTF8.self) == got.quote)
        #expect(span.originalStart != nil && span.originalEnd != nil)
        let unrepaired = Array(damaged.utf8)
        let originalQuote = String(decoding: unrepaired[span.original], as: UTF8.self)
        #expect(originalQuote.contains("ƣớc") && originalQuote.contains("3.246,7\u{A0}tỷ"))
        #expect(originalQuote.precomposedStringWithCanonicalMapping != got.quote)
        // clean text keeps a plain span
        #expect(want.source?.originalStart == nil && want.source?.originalEnd == nil)
    }

    @Test(.enabled(if: CorpusTests.available, "../shared/corpus is absent: corpus checks skipped"))
    func cleanCorpusFilesDecodeToThemselvesAndQuotesTraceBackToTheirBytes() throws {
        for folder in ["seeds", "dev", "dev2"] {
            let dir = CorpusTests.corpus.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") {
                let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
                let decoded = try BulletinDecoder.decodeText(bytes, fileName: name)
                // (up to layout: a tab or a run of spaces between table cells reads "|", a line break
                // inside a wrapped paragraph a space, byte for byte)
                if !ByteProfile(bytes).mayNeedRepair {
                    #expect(Self.layout(decoded.utf8) == Self.layout(bytes) && decoded.provenance.isIdentity, "\(folder)/\(name)")
                }
                // a quote's input bytes, repaired, are the quote
                for f in try BulletinExtractor().extract(bytes: bytes, fileName: name).figures {
                    let span = try #require(f.source)
                    let input = Array(bytes[span.original])
                    #expect(Self.layout(TextRepair.repair(input).text) == Self.layout(Array(f.quote.utf8)), "\(folder)/\(name)")
                }
            }
        }
    }

    /// Text with the layout the decoder normalises (tabs, bars, spaces between aligned cells, line
    /// breaks) made alike.
    static func layout(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { b in b == 0x09 || b == 0x0A || b == UInt8(ascii: "|") ? 0x20 : b }
    }
}
