import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened halves of the thirty-sixth round of real sets, and from what the round before left
/// noticed: a province in brackets that only says where another district lies. Every sentence is invented.
@Suite struct ThirtySixthRealSetRuleTests {
    @Test func aProvinceInBracketsAfterAnotherDistrictIsNoSubject() throws {
        let text = "Mường Khương: khách du lịch tăng\n\nTheo Phòng Văn hóa – Thông tin huyện Mường Khương, 6 tháng đầu năm 2019, "
            + "lượng khách du lịch đến huyện đạt 52.400 lượt, tăng 12% so với cùng kỳ.\n\nThời gian tới, huyện tăng cường hợp tác "
            + "du lịch với các huyện Si Ma Cai, Hoàng Su Phì (Hà Giang).\n"
        #expect(figures(try extract(text), "tourist_arrivals").map { "\($0.jurisdiction)" } == ["district:Mường Khương"])
    }
}
