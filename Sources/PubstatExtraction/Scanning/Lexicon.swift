/// Grammar words of bulletin Vietnamese, folded and hashed once. The catalogue holds the
/// domain vocabulary; these are the words of numbers, dates, periods and comparisons.
enum Lex {
    static func w(_ word: String) -> UInt64 { Tokenizer.phrase(word)[0] }
    static func p(_ phrase: String) -> [UInt64] { Tokenizer.phrase(phrase) }

    // scale and currency
    static let nghin = w("nghìn"), ngan = w("ngàn"), trieu = w("triệu"), ty = w("tỷ"), ti = w("tỉ"), van = w("vạn")
    static let vndWord = w("VNĐ")
    static let dong = w("đồng"), usd = w("USD"), doLa = p("đô la")
    static let luot = w("lượt"), khach = w("khách"), nguoi = w("người"), truyCap = p("truy cập"), xem = w("xem")
    static let duLich = p("du lịch"), duKhach = p("du khách"), khachDuLich = p("khách du lịch")
    static let lan = w("lần"), ha = w("ha"), tan = w("tấn")
    static let nam = w("năm"), thang = w("tháng"), quy = w("quý"), ngay = w("ngày"), tuan = w("tuần")
    // periods
    static let dau = w("đầu"), cuoi = w("cuối"), qua = w("qua"), giaiDoan = p("giai đoạn"), nhiemKy = p("nhiệm kỳ")
    static let thoiKy = p("thời kỳ"), denNay = p("đến nay"), toiNay = p("tới nay"), hienNay = p("hiện nay"), den = w("đến"), tinh = w("tính")
    static let het = w("hết"), nay = w("nay"), truoc = w("trước"), sau = w("sau"), theo = w("theo"), tet = w("tết"), gieng = w("giêng")
    // comparisons and changes
    static let ky = w("kỳ")
    static let so = w("so"), voi = w("với"), cungKy = p("cùng kỳ"), tang = w("tăng"), giam = w("giảm"), gap = w("gấp")
    static let hon = w("hơn"), tu = w("từ"), xuong = w("xuống"), con = w("còn"), len = w("lên"), chiem = w("chiếm")
    static let dongGop = p("đóng góp"), bang = w("bằng"), dat = w("đạt"), la = w("là"), vuot = w("vượt")
    static let binhQuan = p("bình quân"), trungBinh = p("trung bình"), moiNam = p("mỗi năm"), hangNam = p("hằng năm"), tuongDuong = p("tương đương")
    static let trongDo = p("trong đó"), rieng = w("riêng"), lanLuot = p("lần lượt"), va = w("và")
    static let nhiemVu = p("nhiệm vụ"), keHoach = p("kế hoạch"), phuongHuong = p("phương hướng"), duToan = p("dự toán")
    // words read in hot paths: hashed once here, never per call
    static let nganh = w("ngành")
    static let cac = w("các"), vao = w("vào"), hang = w("hạng"), sao = w("sao"), nhap = w("nhập"), sap = w("sáp"), vua = w("vừa")
    static let cuThe = p("cụ thể"), giaTriTangThem = p("giá trị tăng thêm")
    static let trongTam = p("trọng tâm"), kh = w("KH"), nq = w("NQ"), nghiQuyet = p("nghị quyết"), hdnd = w("HĐND")
    static let tocDoPhatTrien = p("tốc độ phát triển"), chiSoPhatTrien = p("chỉ số phát triển")
    // places
    static let tinhWord = w("tỉnh"), thanhPho = p("thành phố"), tp = w("TP"), huyen = w("huyện"), thiXa = p("thị xã")
    static let caNuoc = p("cả nước"), toanQuoc = p("toàn quốc")
    static let cu = w("cũ"), moi = w("mới"), khuVuc = p("khu vực")
    static let quan = w("quận")
    static let toan = w("toàn"), cua = w("của"), ca = w("cả"), nuoc = w("nước"), tai = w("tại")
    // dates
    static let dang = w("đăng"), hom = w("hôm"), thu = w("thứ"), sa = w("SA"), ch = w("CH"), am = w("am"), pm = w("PM")
    static let date = w("date")
    static let price = p("giá so sánh")
    static let tro = w("trở")
    static let tong = w("tổng"), ve = w("về"), trong = w("trong"), co = w("có")
    // running totals: "lũy kế 9 tháng", "cộng dồn 6 tháng"
    static let luyKe = p("lũy kế"), congDon = p("cộng dồn"), tinhChung = p("tính chung")
}
