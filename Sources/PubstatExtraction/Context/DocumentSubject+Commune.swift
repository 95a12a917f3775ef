import PubstatModel

/// "Kỳ họp thứ 4, HĐND xã Nguyệt Đức … tổng thu ngân sách Nhà nước trên địa bàn xã ước thực hiện 86,4 tỷ đồng": a text
/// about one commune or ward (since the July 2025 reform the level below the province) is about that unit.
extension DocumentSubject {
    /// The one commune or ward a text names, at least twice and by no other unit's name, with
    /// no district named, and speaks of as its own ("toàn xã", "của xã", "trên địa bàn xã") at least twice and more
    /// often than of its province ("toàn tỉnh"); nil otherwise. (A province's text that names a commune's site twice,
    /// "xã Mường Phăng … của xã", is still the province's.) Communes are not in the gazetteer: the level word as written
    /// ("xã", "Phường", not "thị xã") and a capitalised name on its line.
    static func soleCommune(doc: Document, mentions: [PlaceMention]) -> Jurisdiction? {
        guard !mentions.contains(where: { ($0.level == .district || $0.level == .specialZone) && $0.name != nil }) else { return nil }
        var found: Jurisdiction?
        var named = 0, own = 0, province = 0
        for k in 0..<doc.count where doc.isWord(k, Lex.xa) || doc.isWord(k, Lex.phuong) || doc.isWord(k, Lex.tinhWord) {
            if !doc.isCapitalised(k + 1) || doc.tokens[k + 1].newlineBefore,
               doc.isWord(k - 1, Lex.toan) || doc.isWord(k - 1, Lex.cua) || doc.matchesBefore(diaBan, k) {
                if doc.isWord(k, Lex.tinhWord) { province += 1 } else { own += 1 }
                continue
            }
            guard !doc.isWord(k, Lex.tinhWord), let unit = communeNamed(at: k, in: doc) else { continue }
            if let found, found != unit { return nil }
            found = unit
            named += 1
        }
        return named >= 2 && own >= 2 && own > province ? found : nil
    }

    private static let diaBan = Lex.p("địa bàn")

    /// "xã Nguyệt Đức", "Phường Phong Thái" at token `k`: the unit, its name the capitalised words after the level word
    /// on the same line (at most four; not an acronym, "xã NTM").
    /// ("Xã miền núi Thu Cúc", "xã biên giới Sín Thầu": a word of its terrain may stand between)
    static func communeNamed(at k: Int, in doc: Document) -> Jurisdiction? {
        let word = doc.original(k..<(k + 1))
        guard communeLevels[word] != nil, !doc.matches(Lex.thiXa, at: k - 1) else { return nil }
        let first = k + 1 + (terrains.first { doc.matches($0, at: k + 1) }?.count ?? 0)
        var end = first
        while end < min(doc.count, first + 4), doc.isCapitalised(end), !doc.tokens[end].newlineBefore,
              spellsAName(doc.original(end..<(end + 1))) {
            end += 1
        }
        guard end > first, let level = communeLevels[word] else { return nil }
        return Jurisdiction(level, doc.original(first..<end))
    }

    private static let terrains = ["miền núi", "vùng cao", "vùng sâu", "biên giới", "đảo", "ven biển"].map(Lex.p)

    private static let communeLevels: [String: Jurisdiction.Level] = ["xã": .commune, "Xã": .commune, "phường": .ward, "Phường": .ward]

    /// A capitalised word of a name ("Mường", "A"), not an acronym ("NTM").
    private static func spellsAName(_ word: String) -> Bool {
        word.count == 1 || word.dropFirst().contains(where: \.isLowercase)
    }
}
