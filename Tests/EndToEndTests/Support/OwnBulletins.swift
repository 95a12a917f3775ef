import Foundation

/// Bulletin-like texts written for these tests (not copied from any publication).
enum OwnBulletins {
    static let budgetReport = """
    Cổng thông tin điện tử tỉnh Điện Biên
    (Ngày đăng :05/10/2024 9:15:00 SA)
    Kinh tế quý III khởi sắc
    Tính đến ngày 30/9/2024, thu ngân sách nhà nước trên địa bàn tỉnh đạt 1.534,2 tỷ đồng, bằng 71% dự toán Trung ương giao, bằng 64% dự toán HĐND tỉnh giao, tăng 3,5% so với cùng kỳ năm trước.
    """

    static let otherReport = """
    Cổng thông tin điện tử tỉnh Điện Biên
    (Ngày đăng :12/01/2025 8:00:00 SA)
    Năm 2024, tổng lượt khách du lịch đến tỉnh ước đạt 1,2 triệu lượt, tăng 15% so với năm 2023.
    """

    /// Names no province and no year: the sidecar gives them.
    static let bareReport = """
    6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn tỉnh đạt 812,4 tỷ đồng, tăng 5% so với cùng kỳ.
    """

    /// A notice with no indicator figure in it.
    static let noFigures = """
    Thông báo lịch tiếp công dân của lãnh đạo tỉnh Mẫu
    Lãnh đạo tỉnh tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở.
    """
}
