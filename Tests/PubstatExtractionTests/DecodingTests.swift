import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

@Suite struct DecodingTests {
    let sentence = "Năm 2021, thu ngân sách trên địa bàn tỉnh Yên Bái đạt 1.105,2 tỷ đồng."

    private func decoded(_ bytes: [UInt8], name: String = "x.txt") throws -> String {
        try BulletinExtractor.decodedText(bytes: bytes, fileName: name)
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decoded(Array(sentence.utf8)) == sentence)
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array(sentence.utf8)) == sentence)
    }

    @Test func utf16BothByteOrders() throws {
        let units = Array(sentence.utf16)
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for u in units {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        #expect(try decoded(le) == sentence)
        #expect(try decoded(be) == sentence)
    }

    @Test func windows1258IsNormalisedToNFC() throws {
        // "Hà Nội đạt" in cp1258: tones as combining marks (0xCC grave, 0xF2 dot below)
        let bytes: [UInt8] = [0x48, 0x61, 0xCC, 0x20, 0x4E, 0xF4, 0xF2, 0x69, 0x20, 0xF0, 0x61, 0xF2, 0x74]
        #expect(try decoded(bytes) == "Hà Nội đạt")
    }

    @Test func decomposedInputIsComposed() throws {
        let nfd = sentence.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(sentence.utf8))
        #expect(try decoded(Array(nfd.utf8)) == sentence)
        let r = try extract(nfd)
        #expect(figures(r, "budget_revenue_on_territory").first?.value == 1105.2)
    }

    @Test func lineEnds() throws {
        #expect(try decoded(Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
    }

    @Test func htmlLosesMarkupAndKeepsBlocks() throws {
        let html = """
        <html><head><style>p { color: red }</style><script>var x = "<p>1.000 tỷ đồng</p>";</script></head>
        <body><h1>Tin t&#7913;c</h1><p>Năm 2021, thu ng&acirc;n s&aacute;ch tr&ecirc;n địa bàn tỉnh Yên Bái đạt 1.105,2 tỷ đồng&nbsp;&amp; hơn.</p><!-- 9 tỷ --></body></html>
        """
        let text = try decoded(Array(html.utf8), name: "bulletin.html")
        #expect(!text.contains("<") && !text.contains("color") && !text.contains("var x") && !text.contains("9 tỷ"))
        #expect(text.contains("Tin tức\n"))
        #expect(text.contains("thu ngân sách trên địa bàn"))
        let r = try BulletinExtractor().extract(bytes: Array(html.utf8), fileName: "bulletin.htm")
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [1105.2])
    }

    @Test func anInfographicsDescriptionIsItsTextButALogosIsNot() throws {
        let html = """
        <html><body><img src="logo.png" alt="Báo điện tử tỉnh 2026"><h1>Kinh tế tỉnh Kon Tum quý I/2024</h1>
        <figure><img src="info-1.jpg" alt="Tổng thu ngân sách nhà nước trên địa bàn tỉnh Kon Tum quý I/2024 đạt 1.020 tỷ đồng &amp; tăng 8%." width="1080"></figure>
        </body></html>
        """
        let text = try decoded(Array(html.utf8), name: "info.html")
        #expect(text.contains("quý I/2024 đạt 1.020 tỷ đồng & tăng 8%."))
        #expect(!text.contains("Báo điện tử tỉnh 2026"))
        let r = try BulletinExtractor().extract(bytes: Array(html.utf8), fileName: "info.html")
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [1020])
    }

    @Test func binaryIsRejected() {
        #expect(throws: BulletinRejection.self) { try decoded([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]) }
        do {
            _ = try BulletinExtractor().extract(bytes: [0x41, 0x00, 0x42], fileName: "x.bin")
            Issue.record("NUL bytes were accepted")
        } catch {
            #expect(error.code == .binaryContent)
            #expect(error.reason.contains("binary"))
        }
        #expect(throws: BulletinRejection.self) { try decoded([]) }
    }
}

/// Vietnamese written without marks gets them back before extraction. Sentences are invented.
@Suite struct AccentRestorationTests {
    @Test func anUnmarkedBulletinIsReadLikeAMarkedOne() throws {
        let text = "TINH QUANG TRI: KINH TE NAM 2023 TANG TRUONG KHA\n\n"
            + "Nam 2023, toc do tang truong kinh te (GRDP) cua tinh Quang Tri uoc tang 7,2% so voi nam 2022. "
            + "Tong thu ngan sach nha nuoc tren dia ban uoc dat 3.900 ty dong, vuot 12% du toan. "
            + "Toan tinh don 2,1 trieu luot khach du lich, doanh thu du lich dat 1.500 ty dong. "
            + "Ty le ho ngheo giam con 6,5%; toan tinh co 70 xa dat chuan nong thon moi."
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "khongdau.txt")
        #expect(r.subject == Jurisdiction(.province, "Quảng Trị"))
        let found = Dictionary(r.figures.map { ($0.indicator.rawValue, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(found["grdp_growth"] == 7.2)
        #expect(found["budget_revenue_on_territory"] == 3_900)
        #expect(found["tourist_arrivals"] == 2_100_000)
        #expect(found["tourism_revenue"] == 1_500)
        // the figure still points at the bytes it was read from
        let growth = try #require(r.figures.first { $0.indicator.rawValue == "grdp_growth" })
        let source = try #require(growth.source)
        let start = source.originalStart ?? source.start, end = source.originalEnd ?? source.end
        #expect(String(decoding: Array(text.utf8)[start..<end], as: UTF8.self).contains("7,2%"))
    }

    @Test func embeddedCopyEqualsTheDataFile() throws {
        let url = packageRoot.appendingPathComponent("Sources/PubstatExtraction/Catalogue/accents.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == EmbeddedAccents.json,
                "run scripts/gen-catalogue.sh (or scripts/gen-accents.py) after changing accents.json")
    }

    @Test func aMarkedTextIsLeftAlone() {
        let text = Array("Năm 2023, tỉnh Quảng Trị thu ngân sách 3.900 tỷ đồng, ước tăng 7,2% so với năm trước.".utf8)
        #expect(!AccentRestorer.applies(to: text))
        // an English text shares few words with bulletins
        let english = Array(String(repeating: "The quarterly report shows that revenue grew by seven percent. ", count: 6).utf8)
        #expect(!AccentRestorer.applies(to: english))
    }

    @Test func aParagraphWrappedAtAFixedWidthIsReadWhole() throws {
        let text = "Năm 2016, tổng sản phẩm trên địa bàn tỉnh Hà Nam (GRDP, giá so sánh 2010) ước tăng\n"
            + "9,4% so với năm 2015; thu ngân sách nhà nước trên địa bàn ước đạt 11.200 tỷ\n"
            + "đồng, vượt dự toán."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [9.4])
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [11_200])
        // a heading is not joined to the line after it, and nothing moves
        var heading = Array("BÁO CÁO TÌNH HÌNH KINH TẾ NĂM 2016\n(Phủ Lý, ngày 5/12/2016)".utf8)
        let before = heading
        WrappedLines.unwrap(&heading)
        #expect(heading == before)
    }
}
