import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

/// The generated gazetteer and how the place scanner uses it. Sentences are invented.
@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.shared

    /// The jurisdictions the scanner finds in `text`, in order.
    private func places(_ text: String) -> [String] {
        let doc = Document(text: FoldedText(utf8: text.precomposedUTF8))
        return PlaceScanner(doc: doc, catalogue: .shared).scan().compactMap { m in
            m.name.map { Jurisdiction(m.level, $0).description }
        }
    }

    @Test func embeddedCopyEqualsTheDataFile() throws {
        let url = packageRoot.appendingPathComponent("Sources/PubstatExtraction/Catalogue/gazetteer.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == EmbeddedGazetteer.json,
                "run scripts/gen-catalogue.sh (or scripts/gen-gazetteer.py) after changing gazetteer.json")
    }

    @Test func onlyDistinctiveCityNamesAreHints() {
        func hinted(_ name: String) -> [String] {
            let doc = Document(text: FoldedText(utf8: name.precomposedUTF8))
            return gazetteer.cityHints.longestMatch(in: doc.tokens, at: 0, limit: doc.count)?.payload.map(\.description) ?? []
        }
        #expect(hinted("Nha Trang") == ["city:Nha Trang"])
        #expect(hinted("Buôn Ma Thuột") == ["city:Buôn Ma Thuột"])
        #expect(hinted("Phú Quốc") == ["city:Phú Quốc"])  // the special zone that took the name on does not share it
        #expect(hinted("Vinh").isEmpty)          // one syllable: also a given name
        #expect(hinted("Thái Nguyên").isEmpty)   // the province's name too
        #expect(hinted("Điện Biên Phủ").isEmpty) // the battle as often as the city
    }

    @Test func bothDivisionsAreComplete() {
        let provinceLevel = gazetteer.places.filter { $0.type == .province || $0.type == .centralCity }
        // 63 units before 2025 (with Thừa Thiên Huế, a province until Huế became a centrally-run city, and
        // Hà Tây, joined to Hà Nội in 2008), 34 after
        #expect(provinceLevel.filter { $0.era != .post2025 }.count == 65)
        #expect(provinceLevel.filter { $0.era != .pre2025 }.count == 34)
        #expect(gazetteer.places.filter { $0.type == .ruralDistrict }.count > 450)
        #expect(gazetteer.places.filter { $0.type == .town }.count > 40)
        #expect(gazetteer.places.filter { $0.type == .provincialCity }.count > 80)
        #expect(gazetteer.places.allSatisfy { $0.type == .province || $0.type == .centralCity || $0.type == .country || $0.parent != nil })
    }

    @Test(arguments: [
        ("tỉnh Lai Châu", "province:Lai Châu"), ("LAI CHÂU", "province:Lai Châu"), ("Lai Chau", "province:Lai Châu"),
        ("thành phố Lai Châu", "city:Lai Châu"), ("TP. Lai Châu", "city:Lai Châu"),
        ("Hà Nội", "city:Hà Nội"), ("HA NOI", "city:Hà Nội"), ("TP Hà Nội", "city:Hà Nội"),
        ("TP.HCM", "city:Hồ Chí Minh"), ("TPHCM", "city:Hồ Chí Minh"), ("TP HCM", "city:Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "city:Hồ Chí Minh"), ("TP. Hồ Chí Minh", "city:Hồ Chí Minh"),
        ("thành phố Hồ Chí Minh", "city:Hồ Chí Minh"), ("Thành phố Sài Gòn", "city:Hồ Chí Minh"),
        ("Huế", "city:Huế"), ("thành phố Huế", "city:Huế"), ("Thừa Thiên Huế", "province:Thừa Thiên Huế"),
        ("Thừa Thiên - Huế", "province:Thừa Thiên Huế"), ("tỉnh Thừa Thiên-Huế", "province:Thừa Thiên Huế"),
        ("Bà Rịa - Vũng Tàu", "province:Bà Rịa - Vũng Tàu"), ("Bà Rịa-Vũng Tàu", "province:Bà Rịa - Vũng Tàu"),
        ("BÀ RỊA – VŨNG TÀU", "province:Bà Rịa - Vũng Tàu"), ("Ba Ria - Vung Tau", "province:Bà Rịa - Vũng Tàu"),
        ("Hoà Bình", "province:Hòa Bình"), ("Hòa Bình", "province:Hòa Bình"), ("tỉnh Hoa Binh", "province:Hòa Bình"),
        ("Đắk Lắk", "province:Đắk Lắk"), ("Dak Lak", "province:Đắk Lắk"), ("ĐẮK LẮK", "province:Đắk Lắk"),
        ("Thanh Hoá", "province:Thanh Hóa"), ("huyện Tam Đường", "district:Tam Đường"),
        ("HUYỆN MÙ CANG CHẢI", "district:Mù Cang Chải"), ("huyện Hòa Bình", "district:Hòa Bình"),
        ("quận Ba Đình", "district:Ba Đình"), ("thị xã Mường Lay", "district:Mường Lay"), ("Việt Nam", "country:Việt Nam"),
        ("đặc khu Côn Đảo", "special_zone:Côn Đảo"), ("Đặc khu Phú Quý", "special_zone:Phú Quý"), ("huyện Phú Quí", "district:Phú Quý"),
    ])
    func variantSpellings(_ variant: String, _ expected: String) {
        #expect(gazetteer.jurisdiction(forVariant: variant)?.description == expected)
    }

    @Test func theSpecialZonesCarryOnTheUnitsOfTheirNames() {
        // the 13 island units at commune level of July 2025, each in its province
        let zones = gazetteer.places.filter { $0.type == .specialZone }
        #expect(zones.count == 13)
        #expect(zones.allSatisfy { $0.era == .post2025 && $0.jurisdiction.level == .specialZone })
        #expect(gazetteer.parentProvince(of: Jurisdiction(.specialZone, "Côn Đảo")) == Jurisdiction(.city, "Hồ Chí Minh"))
        // the district or city whose name a zone took on carries on as that zone; others do not
        #expect(gazetteer.places(Jurisdiction(.district, "Côn Đảo")).map(\.became) == [Jurisdiction(.specialZone, "Côn Đảo")])
        #expect(gazetteer.places(Jurisdiction(.city, "Phú Quốc")).map(\.became) == [Jurisdiction(.specialZone, "Phú Quốc")])
        #expect(gazetteer.mergedInto(Jurisdiction(.district, "Lý Sơn")) == Jurisdiction(.province, "Quảng Ngãi"))
        #expect(gazetteer.places(Jurisdiction(.district, "Tam Đường")).allSatisfy { $0.became == nil })
    }

    @Test func districtNamesAloneAreNotPlaces() {
        #expect(gazetteer.jurisdiction(forVariant: "Tam Đường") == nil)
        #expect(gazetteer.jurisdiction(forVariant: "Hồ Chí Minh") == nil)  // a person as often as the city
        #expect(gazetteer.jurisdiction(forVariant: "tỉnh Tam Đường") == nil)
    }

    @Test func parentsAndMerges() {
        #expect(gazetteer.parentProvince(of: Jurisdiction(.district, "Tam Đường")) == Jurisdiction(.province, "Lai Châu"))
        #expect(gazetteer.parentProvince(of: Jurisdiction(.district, "Đắk Tô")) == Jurisdiction(.province, "Kon Tum"))
        #expect(gazetteer.parentProvince(of: Jurisdiction(.city, "Phú Quốc")) == Jurisdiction(.province, "Kiên Giang"))
        #expect(gazetteer.parentProvince(of: Jurisdiction(.city, "Lai Châu")) == Jurisdiction(.province, "Lai Châu"))
        // districts of several provinces share the name: no single parent
        #expect(gazetteer.parentProvince(of: Jurisdiction(.district, "Châu Thành")) == nil)
        #expect(gazetteer.parentProvinces(of: Jurisdiction(.district, "Châu Thành")).count > 3)

        #expect(gazetteer.mergedInto(Jurisdiction(.province, "Hà Giang")) == Jurisdiction(.province, "Tuyên Quang"))
        #expect(gazetteer.mergedInto(Jurisdiction(.province, "Kon Tum")) == Jurisdiction(.province, "Quảng Ngãi"))
        #expect(gazetteer.mergedInto(Jurisdiction(.province, "Hải Dương")) == Jurisdiction(.city, "Hải Phòng"))
        #expect(gazetteer.mergedInto(Jurisdiction(.province, "Bà Rịa - Vũng Tàu")) == Jurisdiction(.city, "Hồ Chí Minh"))
        #expect(gazetteer.mergedInto(Jurisdiction(.province, "Thừa Thiên Huế")) == Jurisdiction(.city, "Huế"))
        #expect(gazetteer.mergedInto(Jurisdiction(.province, "Lai Châu")) == Jurisdiction(.province, "Lai Châu"))
        #expect(gazetteer.mergedInto(Jurisdiction(.district, "Mù Cang Chải")) == Jurisdiction(.province, "Lào Cai"))

        #expect(gazetteer.era(of: Jurisdiction(.province, "Yên Bái")) == .pre2025)
        #expect(gazetteer.era(of: Jurisdiction(.province, "Lào Cai")) == .both)
        #expect(gazetteer.era(of: Jurisdiction(.city, "Huế")) == .both)
        #expect(gazetteer.era(of: Jurisdiction(.district, "Tam Đường")) == .pre2025)
    }

    @Test(arguments: [
        ("laichau.gov.vn", "province:Lai Châu"), ("thongkelaichau.gov.vn", "province:Lai Châu"),
        ("laichau.dcs.vn", "province:Lai Châu"), ("baolaichau.vn", "province:Lai Châu"),
        ("sotaichinh.laichau.gov.vn", "province:Lai Châu"), ("www.sonla.gov.vn", "province:Sơn La"),
        ("laichau", "province:Lai Châu"), ("hcmcpv.org.vn", "city:Hồ Chí Minh"), ("hochiminhcity.gov.vn", nil),
        ("baria-vungtau.gov.vn", "province:Bà Rịa - Vũng Tàu"), ("bacninhtv.vn", "province:Bắc Ninh"),
        ("baodaklak.vn", "province:Đắk Lắk"), ("thuathienhue.gov.vn", "province:Thừa Thiên Huế"), ("hue.gov.vn", "city:Huế"),
        ("chinhphu.vn", nil), ("baomoi.com", nil), ("example.org", nil),
    ] as [(String, String?)])
    func portalHosts(_ host: String, _ expected: String?) {
        #expect(gazetteer.province(matchingHost: host)?.description == expected)
    }

    @Test func portalCountersOfADepartmentSiteBelongToItsProvince() throws {
        let text = """
        Cổng thông tin Sở Tài chính (sotaichinh.laichau.gov.vn)
        Thống kê truy cập
        Hôm nay : 321
        Tháng 03 : 4.567
        Tổng số : 890.123
        """
        let r = try extract(text)
        let total = try #require(figures(r, "portal_visits_total").first)
        #expect(total.value == 890_123 && total.jurisdiction == Jurisdiction(.province, "Lai Châu"))
        #expect(total.portal == "sotaichinh.laichau.gov.vn")
    }

    // MARK: - the scanner

    @Test func scannerReadsVariantsAndHeadlines() {
        #expect(places("Kinh tế TP.HCM và TPHCM tăng trưởng; thành phố Hồ Chí Minh dẫn đầu.")
                == ["city:Hồ Chí Minh", "city:Hồ Chí Minh", "city:Hồ Chí Minh"])
        #expect(places("ĐẠI HỘI ĐẢNG BỘ TỈNH HOÀ BÌNH LẦN THỨ XVII") == ["province:Hòa Bình"])
        #expect(places("Du khach den Da Nang va Hoi An") == ["city:Đà Nẵng"])
        #expect(places("Hai tỉnh Thừa Thiên - Huế và Bà Rịa-Vũng Tàu") == ["province:Thừa Thiên Huế", "province:Bà Rịa - Vũng Tàu"])
    }

    @Test func scannerReadsUnitsAfterTheirLevelWord() {
        #expect(places("Năm nay huyện Mù Cang Chải có thêm hai xã về đích.") == ["district:Mù Cang Chải"])
        #expect(places("HUYỆN THAN UYÊN tổ chức hội nghị") == ["district:Than Uyên"])
        #expect(places("Ở thị xã Mường Lay và quận Hoàn Kiếm, TP Vinh") == ["district:Mường Lay", "district:Hoàn Kiếm", "city:Vinh"])
        #expect(places("thành phố Điện Biên Phủ") == ["city:Điện Biên Phủ"])
    }

    @Test func scannerKeepsDistrictNamesAndPeopleApart() {
        // a district name without its level word, a person, an idea, an army unit: no place
        #expect(places("Ông Tam Đường phát biểu.").isEmpty)
        #expect(places("Học tập tư tưởng Hồ Chí Minh.").isEmpty)
        #expect(places("Bộ Chỉ huy Quân sự Sơn La") == ["province:Sơn La"])
        #expect(places("thu nhập bình quân Tam Đường").isEmpty)
    }

    @Test func extractedFiguresCarryTheGazetteersNames() throws {
        let r = try extract("Năm 2022, huyện Mù Cang Chải có 5 xã đạt chuẩn nông thôn mới; toàn tỉnh Yên Bái có 100 xã đạt chuẩn nông thôn mới.")
        #expect(figures(r, "ntm_communes").map(\.jurisdiction.description) == ["district:Mù Cang Chải", "province:Yên Bái"])
        let hcm = try extract("Năm 2023, thu ngân sách nhà nước trên địa bàn TP.HCM đạt 480.000 tỷ đồng.")
        #expect(figures(hcm, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.city, "Hồ Chí Minh"))
    }
}

/// The public look-up the API's filters use for places as people type them.
@Suite struct PlaceNamesTests {
    @Test(arguments: [
        ("Lai Chau", "province:Lai Châu"), ("lai châu", "province:Lai Châu"), ("TP.HCM", "city:Hồ Chí Minh"),
        ("TPHCM", "city:Hồ Chí Minh"), ("huyện Tam Đường", "district:Tam Đường"), ("Dak Lak", "province:Đắk Lắk"),
    ])
    func typedNamesResolve(_ typed: String, _ expected: String) {
        #expect(PlaceNames.jurisdiction(typed: typed)?.description == expected)
    }

    @Test func unknownNamesDoNot() {
        #expect(PlaceNames.jurisdiction(typed: "Atlantis") == nil)
        #expect(PlaceNames.jurisdiction(typed: "") == nil)
    }
}
