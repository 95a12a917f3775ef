import PubstatModel

/// "Huyện Nam Đàn có 23/23 xã đạt chuẩn … Thu nhập … của huyện năm 2017 đạt 36 triệu đồng. Huyện Duy Tiên có …": in a
/// text that names several districts, a bare "huyện" stands for the one named last before it, not for the district the
/// text names most.
extension FigureBinder {
    /// Whether the text names two districts or more outside brackets.
    static func namesSeveralDistricts(_ mentions: [PlaceMention]) -> Bool {
        var first: String?
        for m in mentions where m.level == .district && !m.inParentheses {
            guard let name = m.name else { continue }
            if let first, first != name { return true }
            first = first ?? name
        }
        return false
    }

    /// The district named last, outside brackets, among `mentions` (those before a sentence).
    static func lastDistrictNamed(in mentions: ArraySlice<PlaceMention>) -> String? {
        mentions.last { $0.level == .district && $0.name != nil && !$0.inParentheses }?.name
    }
}
