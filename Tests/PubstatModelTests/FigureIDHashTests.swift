@testable import PubstatModel
import Testing

/// Figure ids are stored nowhere: they are recomputed from each figure on every fold, so the
/// hash folded without building the observation key must be the hash of the key.
@Suite struct FigureIDHashTests {
    @Test func theHashWithoutTheJoinedKeyIsTheHashOfTheKey() {
        var full = Figure(indicator: .touristArrivals, value: 1, unit: .arrivals, kind: .estimate, period: Period("2024-Q3"),
                          jurisdiction: Jurisdiction(.province, "Lai Châu"), quote: "q")
        full.asOf = CalendarDate(year: 2024, month: 9, day: 30)
        full.sector = "công nghiệp"
        full.scope = "nhà nước"
        full.priceBasis = "2010"
        full.portal = "laichau.gov.vn"
        full.captured = YearMonth(year: 2024, month: 3)
        let bare = Figure(indicator: Indicator(""), value: nil, unit: nil, jurisdiction: Jurisdiction(.country, "Việt Nam"), quote: "")
        for figure in [full, bare] {
            #expect(FigureID.fnv1a(observationKeyOf: figure) == FigureID.fnv1a(figure.observationKey))
        }
    }

    @Test func bulletinIDsThatAreEqualHashAlike() {
        let hex = String(repeating: "ab", count: 32)
        #expect(BulletinID(rawValue: hex).hashValue == BulletinID(rawValue: String(hex.reversed().reversed())).hashValue)
        // Not ASCII: hashed as strings, so canonically equal texts hash alike.
        let composed = BulletinID(rawValue: "tệp-" + String(repeating: "x", count: 40))
        let decomposed = BulletinID(rawValue: "te\u{0323}\u{0302}p-" + String(repeating: "x", count: 40))
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(BulletinID(rawValue: "short").hashValue == BulletinID(rawValue: "short").hashValue)
    }
}
