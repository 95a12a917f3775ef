import Foundation

/// How one Unicode scalar looks to the scanners: a single byte. ASCII letters lowercase, tone
/// marks dropped, vowel quality kept (ă â ê ô ơ ư đ get their own bytes), so `hóa`/`hoá`/`HÓA`
/// fold alike while `đạt` and `đất` stay apart.
enum Folding {
    static let aBreve: UInt8 = 0x80     // ă
    static let aCircumflex: UInt8 = 0x81 // â
    static let eCircumflex: UInt8 = 0x82 // ê
    static let oCircumflex: UInt8 = 0x83 // ô
    static let oHorn: UInt8 = 0x84      // ơ
    static let uHorn: UInt8 = 0x85      // ư (also the garbled ƣ of PDF text)
    static let dStroke: UInt8 = 0x86    // đ
    /// An arrow up (↑ ▲ ⬆ ↗): an infographic's "rises by".
    static let rise: UInt8 = 0x9D
    /// An arrow down (↓ ▼ ⬇ ↘): "falls by".
    static let fall: UInt8 = 0x9E
    /// Any other character: a symbol that is neither a letter nor a separator.
    static let symbol: UInt8 = 0x9F
    /// A scalar that vanishes (a stray combining mark).
    static let drop: UInt8 = 0xFF

    /// Folded byte for scalars below U+1F00; bit 7 of `upper` marks uppercase letters.
    static let table: (fold: [UInt8], upper: [Bool]) = buildTable()

    static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 0x80 && b <= 0x86) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// The folded byte of any scalar, and whether it is an uppercase letter.
    @inline(__always)
    static func fold(_ v: UInt32) -> (UInt8, Bool) {
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 65 && b <= 90 { return (b + 32, true) }
            if b == 0x0A { return (b, false) }
            if b < 0x20 || b == 0x7F { return (0x20, false) }
            return (b, false)
        }
        if v < 0x1F00 {
            let t = table
            return (t.fold[Int(v)], t.upper[Int(v)])
        }
        switch v {
        case 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029, 0xFEFF: return (0x20, false)
        case 0x2010...0x2015, 0x2212: return (UInt8(ascii: "-"), false)
        // ("Ia H’Drai", "Đắk R’Lấp": the typographic apostrophe inside a name is the apostrophe)
        case 0x2018, 0x2019: return (UInt8(ascii: "'"), false)
        case 0x201A...0x201F: return (UInt8(ascii: "\""), false)
        case 0x2026: return (UInt8(ascii: "."), false)
        case 0x2022, 0x2023, 0x25CF, 0x25AA: return (0x20, false)
        case 0xFF05: return (UInt8(ascii: "%"), false)
        case 0x2191, 0x2197, 0x25B2, 0x2B06: return (rise, false)
        case 0x2193, 0x2198, 0x25BC, 0x2B07: return (fall, false)
        default: return (symbol, false)
        }
    }

    private static func buildTable() -> (fold: [UInt8], upper: [Bool]) {
        var fold = [UInt8](repeating: symbol, count: 0x1F00)
        var upper = [Bool](repeating: false, count: 0x1F00)
        for v in 0..<0x80 {
            let (b, u) = fold7(UInt8(v))
            fold[v] = b
            upper[v] = u
        }
        for v in 0x80..<0x1F00 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            upper[v] = scalar.properties.isUppercase
            if (0x300...0x36F).contains(v) { fold[v] = drop; continue }
            if v == 0xA0 || v == 0x1680 { fold[v] = 0x20; continue }
            if v == 0x110 || v == 0x111 { fold[v] = dStroke; continue }
            if v == 0x1A2 || v == 0x1A3 { fold[v] = uHorn; continue }
            // only Latin blocks decompose to an ASCII letter: skip the costly decomposition elsewhere
            guard v < 0x250 || (0x1E00..<0x1F00).contains(v) else { continue }
            let parts = Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = parts.first, base.value < 0x80, let letter = Optional(UInt8(base.value)),
                  (65...90).contains(letter) || (97...122).contains(letter) else { continue }
            let lower = letter | 0x20
            let marks = Set(parts.dropFirst().map(\.value))
            var b = lower
            if marks.contains(0x306), lower == 97 { b = aBreve }
            if marks.contains(0x302) {
                switch lower {
                case 97: b = aCircumflex
                case 101: b = eCircumflex
                case 111: b = oCircumflex
                default: break
                }
            }
            if marks.contains(0x31B) {
                if lower == 111 { b = oHorn }
                if lower == 117 { b = uHorn }
            }
            fold[v] = b
        }
        return (fold, upper)
    }

    private static func fold7(_ b: UInt8) -> (UInt8, Bool) {
        if b >= 65 && b <= 90 { return (b + 32, true) }
        if b == 0x0A { return (b, false) }
        if b < 0x20 || b == 0x7F { return (0x20, false) }
        return (b, false)
    }

    /// Folds a phrase written in ordinary Vietnamese (catalogue cues, lexicon words).
    static func fold(_ text: String) -> [UInt8] {
        let nfc = text.precomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        for s in nfc.unicodeScalars {
            let (b, _) = fold(s.value)
            if b != drop { out.append(b) }
        }
        return out
    }
}
