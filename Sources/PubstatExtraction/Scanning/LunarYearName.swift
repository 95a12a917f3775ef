/// The sexagenary name of a lunar year, a heavenly stem then an earthly branch: "Mậu Tuất", "Kỷ Hợi", "Bính Ngọ".
/// "so với Tết Mậu Tuất 2018" compares with the Tết of that year, named.
enum LunarYearName {
    private static let stems = WordSet(["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"].map { Lex.w($0) })
    private static let branches = WordSet(["tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"]
        .map { Lex.w($0) })

    /// Whether a lunar year's name starts at token `k`.
    static func starts(at k: Int, in doc: Document) -> Bool {
        guard k + 1 < doc.count, doc.tokens[k].kind == .word, doc.tokens[k + 1].kind == .word else { return false }
        return stems.contains(doc.tokens[k].hash) && branches.contains(doc.tokens[k + 1].hash)
    }
}
