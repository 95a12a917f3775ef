import PubstatModel
import Testing
@testable import PubstatExtraction

@Suite struct UnitTests {
    private func quantity(_ text: String) -> Quantity? {
        let doc = Document(text: FoldedText(utf8: Array(text.utf8)))
        return QuantityScanner(doc: doc, catalogue: .shared).scan().first
    }

    @Test func moneyKeepsItsWrittenScale() throws {
        let q = try #require(quantity("đạt 950,5 tỷ đồng"))
        #expect(q.value == 950.5 && q.unit == .billionVND)
        let m = try #require(quantity("đạt 123.456 triệu đồng"))
        #expect(m.value == 123456 && m.unit == .millionVND)
        let t = try #require(quantity("khoảng 2,5 nghìn tỷ đồng"))
        #expect(t.value == 2500 && t.unit == .billionVND)
        let u = try #require(quantity("đạt 88,2 triệu USD"))
        #expect(u.value == 88.2 && u.unit == .millionUSD)
    }

    @Test func perCapitaMoney() throws {
        let q = try #require(quantity("đạt 42,5 triệu đồng/người/năm"))
        #expect(q.per == "person/year")
        let m = try #require(quantity("là 3,1 triệu đồng/người/tháng"))
        #expect(m.per == "person/month")
    }

    @Test func arrivalsScaleAndRanges() throws {
        let a = try #require(quantity("đón 1,4 triệu lượt khách"))
        #expect(a.value == 1_400_000 && a.unit == .arrivals)
        let r = try #require(quantity("đạt 7 - 8%/năm"))
        #expect(r.value == 7 && r.valueHigh == 8 && r.perYear && r.unit == .percent)
    }

    @Test func ratiosAndCounts() throws {
        let x = try #require(quantity("có 41/96 xã"))
        #expect(x.value == 41 && x.outOf == 96 && x.unit == .count)
        let p = try #require(quantity("được 12 sản phẩm"))
        #expect(p.unitClass == .count)
        let t = try #require(quantity("tăng 1,8 lần"))
        #expect(t.unitClass == .times)
    }

    @Test func datesAreNotQuantities() {
        #expect(quantity("ngày 15/8/2024 và 20/11") == nil)
    }
}
