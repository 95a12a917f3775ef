/// Grammar words of bulletin Vietnamese, folded and hashed. The catalogue holds the
/// domain vocabulary; these are the words of numbers, dates, periods and comparisons.
///
/// Each word is written as its hash, `w(word)` (or `p(phrase)`) computed ahead, with the word beside it:
/// a constant costs nothing to read, where a hash computed at first use is a lazy global, and every read
/// of one goes through `swift_once` (the scanners read these words a million times a megabyte).
/// `LexiconTests` checks every constant against its word.
enum Lex {
    static func w(_ word: String) -> UInt64 { Tokenizer.phrase(word)[0] }
    static func p(_ phrase: String) -> [UInt64] { Tokenizer.phrase(phrase) }

    // scale and currency
    static let nghin: UInt64 = 0xecf6_f52f_68f3_6981  // "nghìn"
    static let ngan: UInt64 = 0xf6d9_caba_aa3e_de35  // "ngàn"
    static let trieu: UInt64 = 0x21ed_c2a6_ea59_c233  // "triệu"
    static let ty: UInt64 = 0x08c8_4707_b56a_d86e  // "tỷ"
    static let ti: UInt64 = 0x08c8_3707_b56a_bd3e  // "tỉ"
    static let van: UInt64 = 0x6904_2419_4ed1_71a2  // "vạn"
    static let vndWord: UInt64 = 0x6901_1e19_4ecf_3199  // "VNĐ"
    static let dong: UInt64 = 0xbdd5_7097_9ca4_23e5  // "đồng"
    static let usd: UInt64 = 0x4c52_b119_3dcc_e7e7  // "USD"
    static let doLa: [UInt64] = [0x09de_3d07_b656_664e, 0x08ad_3f07_b554_031e]  // "đô la"
    static let luot: UInt64 = 0x3ce0_a4ae_4191_d01a  // "lượt"
    static let khach: UInt64 = 0x346a_fd86_b65c_2d8e  // "khách"
    static let nguoi: UInt64 = 0x66e3_5733_a4e6_1c6e  // "người"
    static let truyCap: [UInt64] = [0x5b5c_acef_514d_e1a1, 0xf576_0319_0c87_ca7b]  // "truy cập"
    static let xem: UInt64 = 0xbf95_a119_7fd6_5051  // "xem"
    static let duLich: [UInt64] = [0x0891_4307_b53b_8f32, 0xbf41_a6ad_6947_0635]  // "du lịch"
    static let duKhach: [UInt64] = [0x0891_4307_b53b_8f32, 0x346a_fd86_b65c_2d8e]  // "du khách"
    static let khachDuLich: [UInt64] = [0x346a_fd86_b65c_2d8e, 0x0891_4307_b53b_8f32, 0xbf41_a6ad_6947_0635]  // "khách du lịch"
    static let lan: UInt64 = 0x12d1_8a19_1e1c_f630  // "lần"
    static let ha: UInt64 = 0x08ba_5707_b55e_b642  // "ha"
    static let tan: UInt64 = 0x54b7_b219_427a_4a78  // "tấn"
    static let nam: UInt64 = 0x2428_bf19_27f1_476a  // "năm"
    static let thang: UInt64 = 0xca5b_1872_4bd5_3707  // "tháng"
    static let quy: UInt64 = 0x7097_3c19_52cd_2936  // "quý"
    static let ngay: UInt64 = 0xf6d9_b3ba_aa3e_b720  // "ngày"
    static let tuan: UInt64 = 0x844e_8cef_67d2_e115  // "tuần"
    // periods
    static let dau: UInt64 = 0x1b00_eb1a_d4c9_90c7  // "đầu"
    static let cuoi: UInt64 = 0x4f55_8990_af38_41c1  // "cuối"
    static let qua: UInt64 = 0x7097_3419_52cd_1b9e  // "qua"
    static let giaiDoan: [UInt64] = [0xd018_e972_2b65_94a7, 0xafb9_1598_2577_bab5]  // "giai đoạn"
    static let nhiemKy: [UInt64] = [0x3949_3b48_17dd_5d63, 0x08be_4707_b562_83e9]  // "nhiệm kỳ"
    static let thoiKy: [UInt64] = [0x2510_aeef_31e3_fa12, 0x08be_4707_b562_83e9]  // "thời kỳ"
    static let denNay: [UInt64] = [0x1b0b_d61a_d4d3_749d, 0x212b_c719_2567_150b]  // "đến nay"
    static let toiNay: [UInt64] = [0x54c8_b519_4288_c2c4, 0x212b_c719_2567_150b]  // "tới nay"
    static let hienNay: [UInt64] = [0x7209_e6cc_9a14_f0d2, 0x212b_c719_2567_150b]  // "hiện nay"
    static let den: UInt64 = 0x1b0b_d61a_d4d3_749d  // "đến"
    static let tinh: UInt64 = 0x1e49_98ef_2e95_ac48  // "tính"
    static let het: UInt64 = 0x320e_2a19_2ed7_10e1  // "hết"
    static let nay: UInt64 = 0x212b_c719_2567_150b  // "nay"
    static let truoc: UInt64 = 0x4250_6ca8_b0ad_e233  // "trước"
    static let sau: UInt64 = 0x822d_9619_5cd5_ea44  // "sau"
    static let theo: UInt64 = 0x2579_c8ef_323d_0f49  // "theo"
    static let tet: UInt64 = 0x54b4_be19_4278_2905  // "tết"
    static let gieng: UInt64 = 0x5ae6_7801_a48e_0b3a  // "giêng"
    // comparisons and changes
    static let ky: UInt64 = 0x08be_4707_b562_83e9  // "kỳ"
    static let so: UInt64 = 0x08d9_3907_b579_33d7  // "so"
    static let voi: UInt64 = 0x6982_2b19_4f3c_c29a  // "với"
    static let cungKy: [UInt64] = [0x4c6d_8390_acc0_53a2, 0x08be_4707_b562_83e9]  // "cùng kỳ"
    static let tang: UInt64 = 0x7630_d8eb_f9f0_cfb6  // "tăng"
    static let giam: UInt64 = 0xd018_e572_2b65_8ddb  // "giảm"
    static let gap: UInt64 = 0xd636_5718_fbcb_658f  // "gấp"
    static let hon: UInt64 = 0x3208_1019_2ed2_7905  // "hơn"
    static let tu: UInt64 = 0x08c7_9307_b569_a692  // "từ"
    static let xuong: UInt64 = 0x2c73_7a9e_1f06_39dc  // "xuống"
    static let con: UInt64 = 0xf604_f119_0d01_642b  // "còn"
    static let len: UInt64 = 0x12ce_6c19_1e1a_8d5f  // "lên"
    static let chiem: UInt64 = 0x6363_2776_260e_d678  // "chiếm"
    static let dongGop: [UInt64] = [0xafd6_ec98_2590_7299, 0xd4f7_6318_fabc_d601]  // "đóng góp"
    static let bang: UInt64 = 0x3716_5c98_9c6c_c3ac  // "bằng"
    static let dat: UInt64 = 0x1b6d_ea1a_d526_60f4  // "đạt"
    static let la: UInt64 = 0x08ad_3f07_b554_031e  // "là"
    static let vuot: UInt64 = 0x7929_ed01_9cb0_7ebc  // "vượt"
    static let binhQuan: [UInt64] = [0xdec3_489b_d0b6_cc22, 0x1b0f_7707_affe_6eb0]  // "bình quân"
    static let trungBinh: [UInt64] = [0x8c28_a0a7_272b_49d9, 0xdec3_489b_d0b6_cc22]  // "trung bình"
    static let moiNam: [UInt64] = [0x0a36_3c19_1941_8158, 0x2428_bf19_27f1_476a]  // "mỗi năm"
    static let hangNam: [UInt64] = [0xf73a_60ca_a1e8_f512, 0x2428_bf19_27f1_476a]  // "hằng năm"
    static let tuongDuong: [UInt64] = [0xc229_2212_353c_d019, 0x8f7c_e9ae_33a4_26e7]  // "tương đương"
    static let trongDo: [UInt64] = [0x357c_36a6_f60f_c3bb, 0x09de_5907_b656_95e2]  // "trong đó"
    static let rieng: UInt64 = 0x26e2_f257_b271_49b9  // "riêng"
    /// "Riêng", "Riêng tại": the words that open a sentence to single out the unit named next.
    static let singlingOut: [[UInt64]] = [[rieng], [rieng, tai]]
    /// One-word qualifiers written before a number: "hơn", "gần", "khoảng", "trên", "dưới".
    static let numberQualifiers = WordSet(["hơn", "gần", "khoảng", "trên", "dưới"].map(Lex.w))
    static let lanLuot: [UInt64] = [0x12d1_8a19_1e1c_f630, 0x3ce0_a4ae_4191_d01a]  // "lần lượt"
    static let va: UInt64 = 0x08cf_3b07_b570_e2b8  // "và"
    static let nhiemVu: [UInt64] = [0x3949_3b48_17dd_5d63, 0x08cf_4f07_b571_04b4]  // "nhiệm vụ"
    static let keHoach: [UInt64] = [0x08bd_5c07_b560_f498, 0x9fc9_fa7a_ec07_35f0]  // "kế hoạch"
    static let phuongHuong: [UInt64] = [0x677e_67f1_9ca3_6ff3, 0xf486_352a_4fb2_8fbd]  // "phương hướng"
    static let duToan: [UInt64] = [0x0892_3307_b53d_2702, 0x2fcf_f2ef_3891_ad23]  // "dự toán"
    // words read in hot paths: hashed once here, never per call
    static let nganh: UInt64 = 0xb2f1_d82f_48d3_d807  // "ngành"
    static let cac: UInt64 = 0xf5e2_f419_0ce4_82de  // "các"
    static let vao: UInt64 = 0x6904_2519_4ed1_7355  // "vào"
    static let hang: UInt64 = 0x2e2c_97cc_740b_f8f9  // "hạng"
    static let sao: UInt64 = 0x822d_a019_5cd5_fb42  // "sao"
    static let nhap: UInt64 = 0x13c8_41ba_bb77_1cda  // "nhập"
    static let sap: UInt64 = 0x822d_9319_5cd5_e52b  // "sáp"
    static let vua: UInt64 = 0x697d_ff19_4f38_8eff  // "vừa"
    static let cuThe: [UInt64] = [0x08a2_4307_b54a_0265, 0x56f5_a819_4461_9d69]  // "cụ thể"
    static let giaTriTangThem: [UInt64] = [0xd50b_7618_facd_9f54, 0x570a_b119_4474_08be, 0x7630_d8eb_f9f0_cfb6, 0x2509_a6ef_31dd_cdcc]  // "giá trị tăng thêm"
    static let trongTam: [UInt64] = [0x357c_36a6_f60f_c3bb, 0x54b7_b519_427a_4f91]  // "trọng tâm"
    static let kh: UInt64 = 0x08be_3607_b562_6706  // "KH"
    static let nq: UInt64 = 0x08b3_3b07_b558_6800  // "NQ"
    static let nghiQuyet: [UInt64] = [0xf6f0_cfba_aa51_c595, 0xd66f_3e14_823d_f178]  // "nghị quyết"
    static let hdnd: UInt64 = 0xc428_8dca_853d_44a9  // "HĐND"
    /// "UBND": a People's Committee, written before its level and place ("UBND huyện Đức Trọng").
    static let ubnd = Lex.w("UBND")
    /// "giao": "assigned", written after the body that set an estimate or a goal ("HĐND tỉnh giao").
    static let giao = Lex.w("giao")
    /// "trong số": "among", opening the total a breakdown is taken from ("Trong số 35 sản phẩm …, có …").
    static let trongSo = Lex.p("trong số")
    static let tocDoPhatTrien: [UInt64] = [0x54b0_a719_4274_1919, 0x09de_3d07_b656_664e, 0xc602_060d_c889_c528, 0x21ed_dba6_ea59_ecae]  // "tốc độ phát triển"
    static let chiSoPhatTrien: [UInt64] = [0xf5fa_f619_0cf9_1825, 0x08d9_8d07_b579_c293, 0xc602_060d_c889_c528, 0x21ed_dba6_ea59_ecae]  // "chỉ số phát triển"
    // places
    static let tinhWord: UInt64 = 0x1e49_98ef_2e95_ac48  // "tỉnh"
    static let thanhPho: [UInt64] = [0xca5b_0d72_4bd5_2456, 0x77b2_3319_5661_cf52]  // "thành phố"
    static let tp: UInt64 = 0x08c8_4007_b56a_cc89  // "TP"
    static let huyen: UInt64 = 0x8641_35c2_bf93_2ec9  // "huyện"
    static let thiXa: [UInt64] = [0x56f5_cd19_4461_dc48, 0x08f1_3707_b58d_c252]  // "thị xã"
    static let tx: UInt64 = 0x08c8_4807_b56a_da21  // "TX"
    /// "đặc khu": a special zone's level word (since July 2025).
    static let dacKhu = Lex.p("đặc khu")
    /// "xã" (a commune) and "phường" (a ward): folded, they share a hash with "xa" and "phương", so a caller that must
    /// tell them apart checks the spelling too.
    static let xa = Lex.w("xã"), phuong = Lex.w("phường")
    /// "tỷ lệ" and its older spelling "tỉ lệ" (a rate, a share).
    static let tyLe = Lex.p("tỷ lệ"), tiLe = Lex.p("tỉ lệ")
    static let caNuoc: [UInt64] = [0x08a2_4f07_b54a_16c9, 0x7954_3bbe_eb02_1091]  // "cả nước"
    static let toanQuoc: [UInt64] = [0x2fcf_f2ef_3891_ad23, 0x1b09_7c07_affa_0b81]  // "toàn quốc"
    static let cu: UInt64 = 0x08a2_4307_b54a_0265  // "cũ"
    static let moi: UInt64 = 0x0a39_6419_1943_fb27  // "mới"
    static let khuVuc: [UInt64] = [0x3d9d_4219_3635_c869, 0x697e_0119_4f38_9265]  // "khu vực"
    static let quan: UInt64 = 0x1b0f_7707_affe_6eb0  // "quận"
    static let toan: UInt64 = 0x2fcf_f2ef_3891_ad23  // "toàn"
    static let cua: UInt64 = 0xf5b9_ea19_0cc1_6ccc  // "của"
    static let ca: UInt64 = 0x08a2_4f07_b54a_16c9  // "cả"
    static let nuoc: UInt64 = 0x7954_3bbe_eb02_1091  // "nước"
    static let tai: UInt64 = 0x56d7_b919_4448_bcbd  // "tại"
    // dates
    static let dang: UInt64 = 0xb6fa_5797_9945_27f8  // "đăng"
    static let hom: UInt64 = 0x320b_2d19_2ed4_e023  // "hôm"
    static let thu: UInt64 = 0x56f5_a919_4461_9f1c  // "thứ"
    static let sa: UInt64 = 0x08d9_2f07_b579_22d9  // "SA"
    static let ch: UInt64 = 0x08a2_5607_b54a_22ae  // "CH"
    static let am: UInt64 = 0x089c_3707_b545_8253  // "am"
    static let pm: UInt64 = 0x08d5_3b07_b575_4e66  // "PM"
    static let date: UInt64 = 0x855b_5167_30a3_4339  // "date"
    static let price: [UInt64] = [0xd50b_7618_facd_9f54, 0x08d9_3907_b579_33d7, 0x0985_5b18_bf9c_3ec7]  // "giá so sánh"
    static let tro: UInt64 = 0x570b_0e19_4474_a6c5  // "trở"
    static let tong: UInt64 = 0x5c6a_4deb_eb66_36f7  // "tổng"
    static let ve: UInt64 = 0x08cf_5e07_b571_1e31  // "về"
    static let trong: UInt64 = 0x357c_36a6_f60f_c3bb  // "trong"
    static let co: UInt64 = 0x08a2_5907_b54a_27c7  // "có"
    // running totals: "lũy kế 9 tháng", "cộng dồn 6 tháng"
    /// "đưa tổng", "nâng tổng" (số): a running total a month's figure brings the year's to.
    static let runningTotalVerbs = [Lex.p("đưa tổng số"), Lex.p("nâng tổng số"), Lex.p("đưa tổng"), Lex.p("nâng tổng"),
                                    Lex.p("đưa doanh thu"), Lex.p("nâng doanh thu")]
    static let luyKe: [UInt64] = [0x12a9_7919_1dfb_8739, 0x08bd_5c07_b560_f498]  // "lũy kế"
    static let congDon: [UInt64] = [0x9076_fd90_4306_47f0, 0xcd7f_4218_f6d7_d6da]  // "cộng dồn"
    static let tinhChung: [UInt64] = [0x1e49_98ef_2e95_ac48, 0x0f83_8576_873c_94ee]  // "tính chung"
}
