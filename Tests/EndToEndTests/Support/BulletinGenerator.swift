import Foundation
import PubstatTestSupport

/// Generates bulletin-like texts of our own with random figures, for load and crash tests.
struct BulletinGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { random.int(range) }

    private static let provinces = ["Điện Biên", "Sơn La", "Hà Giang", "Lào Cai", "Yên Bái", "Cao Bằng"]

    /// A short bulletin with a budget figure and a tourism figure; `n` makes it unique.
    mutating func bulletin(_ n: Int) -> String {
        let province = Self.provinces[int(0...Self.provinces.count - 1)]
        let year = int(2016...2025)
        let month = int(1...12)
        let day = int(1...28)
        let revenue = "\(int(100...3999)).\(int(100...999)),\(int(1...9))"
        return """
        Cổng thông tin điện tử tỉnh \(province)
        (Ngày đăng :\(day)/\(month)/\(year) 8:\(int(10...59)):00 SA)
        Bản tin số \(n)
        Tính đến ngày \(day)/\(month)/\(year), thu ngân sách nhà nước trên địa bàn tỉnh \(province) đạt \(revenue) tỷ đồng, bằng \(int(10...99))% dự toán Trung ương giao, tăng \(int(1...20)),\(int(1...9))% so với cùng kỳ năm trước.
        Tổng lượt khách du lịch đến tỉnh ước đạt \(int(100...999)).\(int(100...999)) lượt, tăng \(int(1...40))% so với cùng kỳ.
        """
    }
}
