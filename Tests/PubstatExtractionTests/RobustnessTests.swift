import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

/// Bounded time on any input: checked as linear growth, since absolute times vary on a shared machine.
@Suite(.serialized) struct RobustnessTests {
    private func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    /// 200 kB against 2 MB keeps the debug run short; `pubstat-bench extract` runs tens of megabytes.
    @Test func longLineIsLinear() throws {
        let chunk = "thu ngân sách trên địa bàn đạt 1.208,8 tỷ đồng, tăng 1,9% so với cùng kỳ năm trước, "
        func line(_ bytes: Int) -> String {
            var text = ""
            while text.utf8.count < bytes { text += chunk }
            return text
        }
        let small = try timed { _ = try extract(line(200_000)) }
        let large = try timed { _ = try extract(line(2_000_000)) }
        // ten times the input may cost ten times the time, with slack for a shared machine
        #expect(large < max(small, 0.05) * 25, "200 kB took \(small) s, 2 MB took \(large) s")
    }

    @Test func manyNumbersIsLinear() throws {
        let small = try timed { _ = try extract(String(repeating: "12,5 ", count: 15_000)) }
        let large = try timed { _ = try extract(String(repeating: "12,5 ", count: 150_000)) }
        #expect(large < max(small, 0.05) * 25, "15 k numbers took \(small) s, 150 k took \(large) s")
    }

    /// Found by `fuzz-extract`: a range whose unit is on the next line ends after its sentence.
    /// Inputs the fuzzer once crashed on (`Fuzz/seeds/extract/crash-*`) are read without a trap: a place list's
    /// item after a line with no number marked its number in the previous sentence's marks; a count cut by the
    /// sentence's end ("có 38/" then blank lines then "94 xã") reached past its sentence; a portal counter's
    /// label ("Tháng") as the last token had its value looked for past the end; a quarter of a series whose cue stands
    /// before its sentence had the words before it read over a backwards range (2.24.0's part of an estimated total,
    /// found before it landed).
    @Test func theFuzzersCrashInputsAreReadWithoutATrap() throws {
        let folder = packageRoot.appendingPathComponent("Fuzz/seeds/extract")
        let crashes = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("crash-") }.sorted()
        #expect(crashes.count >= 10)
        for name in crashes {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let r = try BulletinExtractor().extract(bytes: bytes, fileName: name)
            if name == "crash-place-list-item-marks.txt" {
                // the list's items are still read
                #expect(figures(r, "grdp_growth").contains { $0.value == 11.02 }, "\(name)")
            }
        }
    }

    /// Found by `fuzz-extract`: a count split by the end of its sentence belongs to neither sentence.
    @Test func aNumberCutByTheSentencesEndStaysInBounds() throws {
        let text = "Lũy kế đến nay, toàn tỉnh có 38/\r\r\r\r94 xã đạt chuẩn nông thôn mới.\n\nNăm 2023 có thêm 4 xã được công nhận trong năm."
        let r = try extract(text)
        #expect(r.figures.allSatisfy { ($0.source?.end ?? 0) <= text.utf8.count })
        #expect(!r.figures.contains { $0.value == 38 })
    }

    /// Found by `fuzz-extract` (2.14.0's comma-grouped counters): a counter's label as the bulletin's last
    /// token had its value looked for past the end.
    @Test func aCounterLabelAtTheEndStaysInBounds() throws {
        let cut = "Cổng thông tin điện tử tỉnh Hà Giang\nNgày đăng: 02/03/2024\nLượt truy cập: Hôm nay 2.051 | Hôm qua 3.118 | Tháng"
        let r = try extract(cut)
        #expect(r.figures.allSatisfy { ($0.source?.end ?? 0) <= cut.utf8.count })
        // with its value, the same row is read
        let whole = try extract(cut + " 61.402")
        #expect(whole.figures.contains { $0.indicator == Indicator("portal_visits_month") && $0.value == 61_402 })
    }

    @Test func aComparedYearCutByALineBreakStaysInBounds() throws {
        // the year "năm⏎ 2015" starts before the line (a sentence of its own) whose bracket states its value
        let text = "- GRDP bình quân đầu người năm 2020 của tỉnh Quảng Trị ước đạt 50,6 triệu đồng, gấp 1,6 lần năm\n 2015 (31,2 triệu đồng).\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_per_capita").map(\.value) == [50.6])
    }

    @Test func aQuarterCutByALineBreakStaysInBounds() throws {
        // "quý ⏎II" starts before the line whose rate it dates: the restated rate's cue lies before its sentence
        // (found by fuzz-extract after 2.6 million executions)
        let text = "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2025 của thành phố Huế ước tăng 8,36% so với cùng kỳ năm trước "
            + "(quý I tăng 7,92%; quý \nII ước tăng 8,77%).\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").compactMap(\.value).sorted() == [7.92, 8.36, 8.77])
    }

    @Test func aYearAfterTrongOnTheLineBeforeStaysInBounds() throws {
        // "trong⏎2023, …": the "trong" before a goal's year ends the sentence before (found by fuzz-extract at once, in a
        // rule of 2.20.0 before it landed)
        let text = "Tỉnh Hưng Yên tổng kết các kết quả trong\n2023, tỉnh quyết tâm tăng trưởng GRDP 8%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [8])
    }

    @Test func aWholeYearOpeningTheTextStaysInBounds() throws {
        let text = "Cả năm, tỉnh Lai Châu thu ngân sách 2.500 tỷ đồng.\n"
        let r = try extract(text)
        #expect(r.figures.allSatisfy { ($0.source?.end ?? 0) <= text.utf8.count })
    }

    @Test func aBracketedCountOpeningTheTextStaysInBounds() throws {
        // a page cut right before a site's count in brackets, more sites listed after it
        let text = "(3,5 triệu lượt), Đồi chè (khoảng 14.600 lượt), Thác Dải Yếm (9.300 lượt).\n"
        let r = try extract(text)
        #expect(r.figures.allSatisfy { ($0.source?.end ?? 0) <= text.utf8.count })
    }

    @Test func aUnitOnTheNextLineAfterASpanStaysInBounds() throws {
        let text = "Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo toàn tỉnh Hà Giang giảm bình quân.\n\nÔng Ba nói 2 - 3\n%/năm."
        let r = try extract(text)
        #expect(r.figures.allSatisfy { ($0.source?.end ?? 0) <= text.utf8.count })
        #expect(r.unclassified.allSatisfy { $0.source.end <= text.utf8.count })
    }

    /// Found by `fuzz-extract`: a period split by a lone carriage return ends after the line a table header is read from.
    @Test func aPeriodAcrossALineEndStaysInBounds() throws {
        let text = "Kinh tế năm\r2022 tăng trưởng 8%, dẫn đầu\n\nNăm 2022, GRDP tỉnh Bắc Giang tăng 8%."
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "cr.txt")
        #expect(r.figures.contains { $0.indicator == Indicator("grdp_growth") })
    }

    @Test func oversizedFilesAreRejected() {
        let bytes = [UInt8](repeating: 0x61, count: BulletinDecoder.maxBytes + 1)
        #expect(throws: BulletinRejection.self) { try BulletinExtractor().extract(bytes: bytes, fileName: "big.txt") }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<4000, using: &generator)).map { _ in UInt8.random(in: 1...255, using: &generator) }
            _ = try? BulletinExtractor().extract(bytes: bytes, fileName: "noise.txt")
        }
    }

    @Test func pathologicalPunctuation() throws {
        for text in [String(repeating: "(", count: 100_000), String(repeating: "1/", count: 100_000),
                     String(repeating: "tỉnh ", count: 100_000), String(repeating: "- 2020 ", count: 100_000)] {
            _ = try? extract(text)
        }
    }
}
